package dev.licensemanager.service.doctor;

import dev.licensemanager.net.Resolver;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.CompositeTrustManager;
import dev.licensemanager.api.ProxySettings;
import dev.licensemanager.api.Secret;
import dev.licensemanager.api.TrustStores;
import dev.licensemanager.testsupport.FakeApiServer;
import dev.licensemanager.testsupport.TestConnectProxy;
import dev.licensemanager.testsupport.TestPki;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor against loopback servers: a TLS server with a private CA, proxies, a skewed clock, hangs. */
class DoctorTest {
    @TempDir
    static Path dir;
    static TestPki pki;
    static final CountDownLatch NEVER = new CountDownLatch(1);

    @BeforeAll
    static void pki() throws Exception {
        pki = TestPki.create(dir);
    }

    @AfterAll
    static void release() {
        NEVER.countDown();
    }

    private static DoctorSettings settings(int port, ProxySettings proxy, Path caFile) throws Exception {
        CompositeTrustManager trust = TrustStores.composite(caFile);
        return DoctorSettings.of(URI.create("https://127.0.0.1:" + port), proxy, TrustStores.runtimeDefault(), trust,
                new ConfigCompleteness.Result(List.of(), false), Map.of());
    }

    @Test
    void privateCaTrustedViaConfiguredFilePassesAndReadsTheApiCode() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ZERO)) {
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), new ProxySettings.Direct(), pki.caPem())).run();
            assertThat(r.get(DoctorCheck.DNS).verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.get(DoctorCheck.TCP).code()).isEqualTo("tcp_ok");
            CheckReport tls = r.get(DoctorCheck.TLS);
            assertThat(tls.verdict()).isEqualTo(Verdict.PASS);
            assertThat(tls.code()).isEqualTo("tls_private_trusted");
            assertThat(tls.args().get(0)).isEqualTo("Test Inspection CA");
            assertThat(tls.facts()).containsEntry("public_root", "false").containsEntry("interception", "true");
            assertThat(tls.facts().get("accepted_by")).contains("configured CA");
            CheckReport apiCheck = r.get(DoctorCheck.API);
            assertThat(apiCheck.code()).isEqualTo("api_reached");
            assertThat(apiCheck.facts()).containsEntry("api_code", "missing_headers");
            assertThat(api.requestLines).containsExactly("GET /api/v4/product_details HTTP/1.1");
            assertThat(r.get(DoctorCheck.CLOCK).verdict()).isEqualTo(Verdict.PASS);
            assertThat(Math.abs(r.clockOffsetSeconds())).isLessThanOrEqualTo(2);
            assertThat(r.overall()).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void untrustedPrivateCaIsTheInterceptionVerdict() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ZERO)) {
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), new ProxySettings.Direct(), null)).run();
            CheckReport tls = r.get(DoctorCheck.TLS);
            assertThat(tls.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(tls.code()).isEqualTo("tls_interception");
            assertThat(tls.facts()).containsEntry("accepted_by", "");
            assertThat(r.overall()).isEqualTo(Verdict.FAIL);
            DoctorText words = new DoctorText(Locale.ENGLISH);
            assertThat(words.summary(tls)).contains("Test Inspection CA").contains("intercepting");
            assertThat(words.fix(tls)).contains("api.ca_file");
        }
    }

    @Test
    void skewedServerDateIsMeasuredInSeconds() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ofSeconds(600))) {
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), new ProxySettings.Direct(), pki.caPem())).run();
            CheckReport clock = r.get(DoctorCheck.CLOCK);
            assertThat(clock.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(clock.code()).isEqualTo("clock_behind");
            assertThat(r.clockOffsetSeconds()).isBetween(598L, 602L);
        }
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ofSeconds(-120))) {
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), new ProxySettings.Direct(), pki.caPem())).run();
            assertThat(r.get(DoctorCheck.CLOCK).verdict()).isEqualTo(Verdict.WARN);
            assertThat(r.get(DoctorCheck.CLOCK).code()).isEqualTo("clock_ahead");
        }
    }

    @Test
    void proxyDemandingCredentialsWithoutThemIs407Verdict() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ZERO);
             TestConnectProxy proxy = TestConnectProxy.requiringAuth("alice", "pw")) {
            ProxySettings p = new ProxySettings.Explicit("127.0.0.1", proxy.port(), null, null);
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), p, pki.caPem())).run();
            CheckReport px = r.get(DoctorCheck.PROXY);
            assertThat(px.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(px.code()).isEqualTo("proxy_auth_required");
            assertThat(px.args()).contains("407");
            assertThat(r.get(DoctorCheck.TCP).code()).isEqualTo("tcp_ok_proxy");
            assertThat(r.get(DoctorCheck.TLS).verdict()).isEqualTo(Verdict.SKIPPED);
            assertThat(new DoctorText(Locale.ENGLISH).fix(px)).contains("LM_PROXY_PASSWORD");
        }
    }

    @Test
    void proxyWithWrongCredentialsIsRejectedVerdict() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ZERO);
             TestConnectProxy proxy = TestConnectProxy.requiringAuth("alice", "pw")) {
            ProxySettings p = new ProxySettings.Explicit("127.0.0.1", proxy.port(), "alice", Secret.of("wrong"));
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), p, pki.caPem())).run();
            assertThat(r.get(DoctorCheck.PROXY).code()).isEqualTo("proxy_auth_rejected");
        }
    }

    @Test
    void proxyWithRightCredentialsTunnelsToTheApi() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ZERO);
             TestConnectProxy proxy = TestConnectProxy.requiringAuth("alice", "pw")) {
            ProxySettings p = new ProxySettings.Explicit("127.0.0.1", proxy.port(), "alice", Secret.of("pw"));
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), p, pki.caPem())).run();
            assertThat(r.get(DoctorCheck.PROXY).code()).isEqualTo("proxy_auth_ok");
            assertThat(r.get(DoctorCheck.PROXY).facts()).containsEntry("credentials_configured", "true");
            assertThat(r.get(DoctorCheck.API).code()).isEqualTo("api_reached");
            assertThat(proxy.seen).containsExactly("CONNECT 127.0.0.1:" + api.port() + " HTTP/1.1 auth=false",
                    "CONNECT 127.0.0.1:" + api.port() + " HTTP/1.1 auth=true");
        }
    }

    @Test
    void openProxyPasses() throws Exception {
        try (FakeApiServer api = FakeApiServer.tls(pki.serverContext(), Duration.ZERO);
             TestConnectProxy proxy = TestConnectProxy.open()) {
            ProxySettings p = new ProxySettings.Explicit("127.0.0.1", proxy.port(), null, null);
            DoctorReport r = new ConnectivityDoctor(settings(api.port(), p, pki.caPem())).run();
            assertThat(r.get(DoctorCheck.PROXY).verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.get(DoctorCheck.PROXY).code()).isEqualTo("proxy_open");
            assertThat(r.overall()).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void htmlBlockPageIsNamed() throws Exception {
        try (FakeApiServer api = FakeApiServer.plain(Duration.ZERO, "text/html", "<html>Blocked by policy</html>")) {
            DoctorSettings s = DoctorSettings.of(URI.create("http://127.0.0.1:" + api.port()), new ProxySettings.Direct(),
                    TrustStores.runtimeDefault(), null, new ConfigCompleteness.Result(List.of(), true), Map.of());
            DoctorReport r = new ConnectivityDoctor(s).run();
            assertThat(r.get(DoctorCheck.TLS).code()).isEqualTo("tls_plain");
            assertThat(r.get(DoctorCheck.API).code()).isEqualTo("api_html");
            assertThat(r.get(DoctorCheck.CONFIG).code()).isEqualTo("config_demo");
        }
    }

    @Test
    void refusedPortAndMissingConfigurationAreNamed() throws Exception {
        int closedPort;
        try (java.net.ServerSocket ss = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = ss.getLocalPort();
        }
        DoctorSettings s = settings(closedPort, new ProxySettings.Direct(), null);
        s = new DoctorSettings(s.apiUrl(), s.proxy(), s.selector(), s.resolver(), s.publicRoots(), s.trust(),
                new ConfigCompleteness.Result(List.of("product.code"), false), Map.of("HTTPS_PROXY", "http://p:3128"),
                s.stepTimeout(), s.overallLimit(), s.clock());
        DoctorReport r = new ConnectivityDoctor(s).run();
        assertThat(r.get(DoctorCheck.TCP).code()).isEqualTo("tcp_refused");
        assertThat(r.get(DoctorCheck.CONFIG).code()).isEqualTo("config_incomplete");
        assertThat(r.get(DoctorCheck.CONFIG).args()).containsExactly("product.code");
        assertThat(r.get(DoctorCheck.PROXY).code()).isEqualTo("proxy_direct");
        assertThat(r.get(DoctorCheck.API).verdict()).isEqualTo(Verdict.SKIPPED);
    }

    @Test
    void everythingHangingStillFinishesWithinFifteenSeconds() throws Exception {
        Resolver hangs = host -> {
            if (host.equals("127.0.0.1")) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            try {
                NEVER.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException(host);
        };
        try (TestConnectProxy proxy = TestConnectProxy.hanging()) {
            ProxySettings p = new ProxySettings.Explicit("127.0.0.1", proxy.port(), null, null);
            DoctorSettings s = DoctorSettings.of(URI.create("https://api.licensespring.invalid"), p,
                    TrustStores.runtimeDefault(), null, new ConfigCompleteness.Result(List.of(), false), Map.of())
                    .withResolver(hangs);
            long t0 = System.nanoTime();
            DoctorReport r = new ConnectivityDoctor(s).run();
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("doctor elapsed with everything hanging: " + elapsedMs + " ms");
            assertThat(elapsedMs).isLessThan(15_000);
            assertThat(r.elapsedMillis()).isLessThan(15_000);
            assertThat(r.get(DoctorCheck.DNS).code()).isEqualTo("dns_timeout");
            assertThat(r.get(DoctorCheck.PROXY).code()).isEqualTo("proxy_timeout");
            assertThat(r.overall()).isEqualTo(Verdict.FAIL);
        }
    }

    @Test
    void cancelEndsARunningCheckAtOnce() throws Exception {
        try (FakeApiServer api = FakeApiServer.hanging()) {
            DoctorSettings s = settings(api.port(), new ProxySettings.Direct(), null)
                    .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(60));
            dev.licensemanager.common.Cancellation cancel = new dev.licensemanager.common.Cancellation();
            java.util.concurrent.CompletableFuture<DoctorReport> run =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> new ConnectivityDoctor(s).run(cancel));
            // The first byte (the TLS ClientHello) comes after the TCP step recorded its verdict.
            assertThat(api.awaitFirstByte(Duration.ofSeconds(30))).isTrue();
            long t0 = System.nanoTime();
            cancel.cancel();
            DoctorReport r = run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
            assertThat(r.get(DoctorCheck.TCP).verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.get(DoctorCheck.CLOCK).verdict()).isEqualTo(Verdict.SKIPPED);
            assertThat(r.get(DoctorCheck.TLS).code()).isIn("cancelled", "tls_failed");
        }
    }

    @Test
    void overallLimitCutsAStepThatWouldHangLonger() throws Exception {
        try (FakeApiServer api = FakeApiServer.hanging()) {
            DoctorSettings s = settings(api.port(), new ProxySettings.Direct(), null)
                    .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(2));
            long t0 = System.nanoTime();
            DoctorReport r = new ConnectivityDoctor(s).run();
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(elapsedMs).isLessThan(15_000);
            assertThat(r.get(DoctorCheck.TCP).verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.get(DoctorCheck.TLS).verdict()).isIn(Verdict.TIMEOUT, Verdict.FAIL);
            assertThat(r.get(DoctorCheck.CONFIG).verdict()).isEqualTo(Verdict.PASS);
        }
    }
}
