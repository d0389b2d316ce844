package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Bounded loopback load: ≥ 2,000 mixed requests from ≥ 16 concurrent clients against one license with 8 seats.
 * Each client owns its hardware IDs, so it knows exactly what every answer must be; any lost or double-counted seat
 * shows up as a wrong answer or as a mismatch with the server's devices at the end.
 * {@code -Dlm.load.requests=N -Dlm.load.clients=C} scale it (bench/sandbox-load.sh).
 */
class SandboxLoadTest {
    private static final int SEATS = 8;
    @TempDir
    Path dir;

    @Test
    void concurrentClientsNeverLoseOrDoubleCountASeat() throws Exception {
        int clients = Integer.getInteger("lm.load.clients", 16);
        int total = Integer.getInteger("lm.load.requests", 2000);
        int perClient = (total + clients - 1) / clients;
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, """
                {"products":[{"short_code":"load","name":"Load","authorization_method":"license-key"}],
                 "licenses":[{"id":1,"product":"load","license_key":"LOAD-KEY","max_activations":%d}]}
                """.formatted(SEATS));
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.licensemanager.sandbox");
        Level before = log.getLevel();
        log.setLevel(Level.INFO);
        try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().seedFile(seed).build())) {
            Set<String> believedActive = ConcurrentHashMap.newKeySet();
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger newSeats = new AtomicInteger();
            AtomicInteger freedSeats = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                done.add(pool.submit(() -> {
                    TestClient client = new TestClient(server);
                    Random rnd = new Random(id);
                    Set<String> mine = new HashSet<>();
                    go.await();
                    for (int i = 0; i < perClient; i++) {
                        String hw = "c" + id + "-h" + rnd.nextInt(3);
                        var body = m("product", "load", "license_key", "LOAD-KEY", "hardware_id", hw);
                        int dice = rnd.nextInt(100);
                        HttpResponse<String> r;
                        if (dice < 40) {
                            r = client.post("activate_license", body);
                            if (r.statusCode() == 200) {
                                if (mine.add(hw)) {
                                    newSeats.incrementAndGet();
                                }
                            } else {
                                assertThat(TestClient.code(r)).isEqualTo("license_activated_max_times");
                                assertThat(mine).as("an active device was refused").doesNotContain(hw);
                            }
                        } else if (dice < 75) {
                            r = client.post("deactivate_license", body);
                            if (r.statusCode() == 200) {
                                assertThat(mine.remove(hw)).as("freed a seat it did not hold").isTrue();
                                freedSeats.incrementAndGet();
                            } else {
                                assertThat(TestClient.code(r)).isIn("device_not_found", "license_not_active");
                                assertThat(mine).as("lost a seat").doesNotContain(hw);
                            }
                        } else if (dice < 92) {
                            r = client.get("check_license", body);
                            assertThat(r.statusCode() == 200).as("check agrees for %s", hw).isEqualTo(mine.contains(hw));
                        } else {
                            r = client.get("product_details", m("product", "load"));
                            assertThat(r.statusCode()).isEqualTo(200);
                        }
                        requests.incrementAndGet();
                    }
                    believedActive.addAll(mine);
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();

            List<String> serverActive = server.activeHardwareIds(1);
            assertThat(requests.get()).isGreaterThanOrEqualTo(2000);
            assertThat(serverActive).hasSizeLessThanOrEqualTo(SEATS).doesNotHaveDuplicates();
            assertThat(new HashSet<>(serverActive)).isEqualTo(believedActive);
            assertThat(newSeats.get() - freedSeats.get()).isEqualTo(serverActive.size());
            System.out.printf("SANDBOX_LOAD requests=%d clients=%d seconds=%.2f rps=%.0f seats_taken=%d seats_freed=%d%n",
                    requests.get(), clients, seconds, requests.get() / seconds, newSeats.get(), freedSeats.get());
        } finally {
            log.setLevel(before);
        }
    }
}
