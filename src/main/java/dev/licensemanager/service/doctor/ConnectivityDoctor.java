package dev.licensemanager.service.doctor;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.net.ProbeNetwork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the configuration check and the network chain side by side under one overall limit
 * ({@link DoctorSettings#overallLimit()}, 12 s by default, so the promise of 15 s holds even when
 * every step hangs). A check still running at the limit is reported as TIMEOUT.
 */
public final class ConnectivityDoctor {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectivityDoctor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DoctorSettings settings;
    private final ProbeNetwork network;

    /** Over plain JDK sockets. */
    public ConnectivityDoctor(DoctorSettings settings) {
        this(settings, ProbeNetwork.sockets());
    }

    public ConnectivityDoctor(DoctorSettings settings, ProbeNetwork network) {
        this.settings = settings;
        this.network = network;
    }

    public DoctorReport run() {
        return run(new Cancellation());
    }

    /** Cancel ends the run early: the step in progress fails and the rest are reported as not checked. */
    public DoctorReport run(Cancellation cancel) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Map<DoctorCheck, CheckReport> results = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lm-doctor-" + THREADS.incrementAndGet());
            t.setDaemon(true); // a lookup stuck in the OS resolver must not keep the app alive
            return t;
        });
        NetworkProbe probe = new NetworkProbe(settings, r -> results.putIfAbsent(r.check(), r), pool, network);
        CompletableFuture<Void> config = CompletableFuture.runAsync(() -> results.put(DoctorCheck.CONFIG, config()), pool);
        CompletableFuture<Void> network = CompletableFuture.runAsync(probe::run, pool);
        cancel.onCancel(() -> {
            probe.abort();
            config.cancel(true);
            network.cancel(true);
        });
        try {
            CompletableFuture.allOf(config, network).get(settings.overallLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("doctor: overall limit of {} s reached", settings.overallLimit().toSeconds());
            probe.abort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            probe.abort();
        } catch (java.util.concurrent.CancellationException e) {
            LOG.info("doctor cancelled");
        } catch (ExecutionException e) {
            if (!cancel.isCancelled()) {
                LOG.warn("doctor: a check failed unexpectedly", e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }
        List<CheckReport> ordered = new ArrayList<>();
        for (DoctorCheck c : DoctorCheck.values()) {
            ordered.add(results.getOrDefault(c, cancel.isCancelled() ? CheckReport.of(c, Verdict.SKIPPED, "cancelled", 0)
                    : CheckReport.of(c, Verdict.TIMEOUT, "timeout", 0, String.valueOf(settings.overallLimit().toSeconds()))));
        }
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        DoctorReport report = new DoctorReport(settings.apiUrl().toString(), started, elapsed, ordered);
        for (CheckReport c : ordered) {
            LOG.info("doctor {} {} {} ({} ms)", c.check(), c.verdict(), c.code(), c.millis());
        }
        LOG.info("doctor finished in {} ms: {}", elapsed, report.overall());
        return report;
    }

    private CheckReport config() {
        ConfigCompleteness.Result r = settings.config();
        if (!r.missing().isEmpty()) {
            return CheckReport.of(DoctorCheck.CONFIG, Verdict.FAIL, "config_incomplete", 0, String.join("; ", r.missing()));
        }
        if (r.demo()) {
            return CheckReport.of(DoctorCheck.CONFIG, Verdict.WARN, "config_demo", 0);
        }
        return CheckReport.of(DoctorCheck.CONFIG, Verdict.PASS, "config_ok", 0);
    }
}
