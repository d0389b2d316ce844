package dev.licensemanager.hardware;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes once per run and hands back the same result afterwards; safe from any thread (the first caller computes,
 * concurrent callers wait for it). An unexpected exception becomes a Failed result that is not cached, so a later
 * call may retry; named failures are cached like values.
 */
public final class CachingHardwareIdService implements HardwareIdService {
    private static final Logger LOG = LoggerFactory.getLogger(CachingHardwareIdService.class);

    private final HardwareIdService delegate;
    private final HardwareIdAlgorithm algorithm;
    private volatile HardwareIdResult cached;

    public CachingHardwareIdService(HardwareIdService delegate, HardwareIdAlgorithm algorithm) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    @Override
    public HardwareIdResult compute() {
        HardwareIdResult r = cached;
        if (r != null) {
            return r;
        }
        synchronized (this) {
            if (cached != null) {
                return cached;
            }
            try {
                long t0 = System.nanoTime();
                r = delegate.compute();
                LOG.trace("hardware ID ({}) computed in {} µs: {}", algorithm, (System.nanoTime() - t0) / 1000,
                        r instanceof HardwareIdResult.Failed f ? f.reasonCode() : "ok");
                cached = r;
                return r;
            } catch (RuntimeException | LinkageError e) {
                LOG.error("unexpected failure computing the hardware ID", e);
                return new HardwareIdResult.Failed(HardwareIdFailures.UNEXPECTED,
                        "Unexpected error while computing the hardware ID (" + e.getClass().getSimpleName() + ").",
                        algorithm, List.of());
            }
        }
    }
}
