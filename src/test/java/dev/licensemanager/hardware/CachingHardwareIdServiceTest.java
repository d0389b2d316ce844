package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingHardwareIdServiceTest {
    static final HardwareIdResult OK = new HardwareIdResult.Computed("abc", HardwareIdAlgorithm.DEFAULT,
            List.of(SourceRead.found("x")), List.of(), false);

    @Test
    void computesOnceAcrossConcurrentCallers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        HardwareIdService slow = () -> {
            calls.incrementAndGet();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OK;
        };
        CachingHardwareIdService cache = new CachingHardwareIdService(slow, HardwareIdAlgorithm.DEFAULT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HardwareIdResult>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(cache::compute));
            }
            release.countDown();
            for (Future<HardwareIdResult> f : fs) {
                assertThat(f.get(5, TimeUnit.SECONDS)).isSameAs(OK);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.compute()).isSameAs(OK);
        assertThat(calls).hasValue(1);
    }

    @Test
    void namedFailuresAreCachedUnexpectedOnesAreNot() {
        AtomicInteger calls = new AtomicInteger();
        HardwareIdService flaky = () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return new HardwareIdResult.Failed(HardwareIdFailures.NO_MACHINE_ID, "no machine-id on this system",
                    HardwareIdAlgorithm.DEFAULT, List.of());
        };
        CachingHardwareIdService cache = new CachingHardwareIdService(flaky, HardwareIdAlgorithm.DEFAULT);
        assertThat(cache.compute()).isInstanceOfSatisfying(HardwareIdResult.Failed.class,
                f -> assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.UNEXPECTED));
        HardwareIdResult second = cache.compute();
        assertThat(((HardwareIdResult.Failed) second).reasonCode()).isEqualTo(HardwareIdFailures.NO_MACHINE_ID);
        assertThat(cache.compute()).isSameAs(second);
        assertThat(calls).hasValue(2);
    }
}
