package dev.licensemanager.cli;

import static dev.licensemanager.cli.ReliabilityKit.quietly;
import static dev.licensemanager.cli.ReliabilityKit.readHead;
import static dev.licensemanager.cli.ReliabilityKit.readRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.ProxySettings;
import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.cli.ReliabilityKit.RawServer;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults: every transport fault through the service layer and through the CLI, each named exactly
 * (outcome code and kind). Loopback only; bounded by 1 s connect/read timeouts and small attempt limits.
 */
class FaultMatrixTest {
    private static final String HWID = "fault-matrix-hwid";
    private static SandboxServer sandbox;
    private static final Map<String, Integer> FIG = new LinkedHashMap<>();
    /** Every fault run, and those whose outcome really had the expected kind and code (counted from verdicts). */
    private static final List<String> TRIED = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final List<String> NAMED = java.util.Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path home;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxServer.start(SandboxOptions.builder().thisMachineHardwareId(() -> Optional.of(HWID)).build());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
        FIG.put("faults_tried", TRIED.size());
        FIG.put("faults_named_correctly", NAMED.size());
        ReliabilityKit.figure("faults", FIG);
    }

    private static DeactivationInput input() {
        return DeactivationInput.licenseKey(sandbox.demo().keyProduct(), HWID, sandbox.demo().licenseKey());
    }

    private static String[] cliArgs(String... extra) {
        List<String> a = new ArrayList<>(List.of("deactivate", "--product", sandbox.demo().keyProduct(),
                "--license-key", sandbox.demo().licenseKey(), "--hardware-id", HWID, "--json"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    /** Runs the service with {@code settings} and checks kind and code; records the fault as named. */
    private static Outcome viaService(String fault, ClientSettings settings, OutcomeKind kind, String code) {
        TRIED.add(fault + "/service");
        Outcome o = ReliabilityKit.service(settings).deactivate(input(), new Cancellation());
        if (o.kind() == kind && code.equals(o.code()) && !o.success()) {
            NAMED.add(fault + "/service");
        }
        assertThat(o.kind()).as(fault + " (service): " + o).isEqualTo(kind);
        assertThat(o.code()).as(fault + " (service): " + o).isEqualTo(code);
        assertThat(o.success()).isFalse();
        return o;
    }

    private void viaCli(String fault, Map<String, String> env, OutcomeKind kind, String code, String... extra) {
        TRIED.add(fault + "/cli");
        CliRun r = ReliabilityKit.cli(env, "", cliArgs(extra));
        if (r.json() != null && code.equals(r.json().path("code").asText())
                && kind.name().toLowerCase().equals(r.json().path("outcome").asText()) && r.exit() == kind.exitCode()
                && !r.json().path("message").asText().isBlank()) {
            NAMED.add(fault + "/cli");
        }
        assertThat(r.json()).as(fault + " (cli) printed: " + r.all()).isNotNull();
        assertThat(r.json().get("code").asText()).as(fault + " (cli): " + r.out()).isEqualTo(code);
        assertThat(r.json().get("outcome").asText()).isEqualTo(kind.name().toLowerCase());
        assertThat(r.exit()).isEqualTo(kind.exitCode());
        assertThat(r.json().get("message").asText()).as("the words name the fault").isNotBlank();
    }

    private Map<String, String> env(String apiUrl, String proxyJson) throws IOException {
        return ReliabilityKit.cliEnv(home.resolve("h" + TRIED.size()), apiUrl, sandbox.apiKey(), sandbox.sharedKey(),
                sandbox.publicKeyFile(), proxyJson);
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs the service and the CLI side of one fault at the same time (they are independent), halving the wait. */
    private static void both(Step service, Step cli) throws Exception {
        java.util.concurrent.CompletableFuture<Void> f = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                cli.run();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        service.run();
        try {
            f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw (Exception) e.getCause();
        }
    }

    private static ClientSettings settings(String url) {
        return ReliabilityKit.fastSettings(url, sandbox.apiKey(), sandbox.sharedKey(), sandbox.publicKeyPem());
    }

    @Test
    void connectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        Map<String, String> env = env(url, null);
        both(() -> assertThat(viaService("refused", settings(url), OutcomeKind.NETWORK, "network_refused").attempts())
                        .as("refused is retried: nothing reached a server").isEqualTo(3),
                () -> viaCli("refused", env, OutcomeKind.NETWORK, "network_refused"));
    }

    @Test
    void dnsFailure() throws Exception {
        String url = "https://license-manager-reliability.invalid";
        viaService("dns", settings(url), OutcomeKind.NETWORK, "network_dns");
        viaCli("dns", env(url, null), OutcomeKind.NETWORK, "network_dns");
    }

    /**
     * Connect timeout on loopback: a listener whose accept queue is full and that never accepts. Linux drops
     * further SYNs (tcp_abort_on_overflow=0), so the client's connect really times out.
     */
    @Test
    void connectTimeout() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket f = new Socket();
                    try {
                        f.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort()), 200);
                        fillers.add(f);
                    } catch (IOException queueFull) {
                        f.close();
                        break;
                    }
                }
                String url = "http://127.0.0.1:" + full.getLocalPort();
                Map<String, String> env = env(url, null);
                both(() -> viaService("connect_timeout", settings(url), OutcomeKind.NETWORK, "network_connect_timeout"),
                        () -> viaCli("connect_timeout", env, OutcomeKind.NETWORK, "network_connect_timeout"));
            } finally {
                for (Socket f : fillers) {
                    f.close();
                }
            }
        }
    }

    @Test
    void readTimeoutFromAServerThatAcceptsAndNeverAnswers() throws Exception {
        try (RawServer silent = RawServer.start(s -> quietly(() -> {
            readRequest(s.getInputStream());
            s.getInputStream().read(); // blocks until the client gives up
        }))) {
            Map<String, String> env = env(silent.url("http"), null);
            both(() -> viaService("read_timeout", settings(silent.url("http")), OutcomeKind.NETWORK,
                    "network_read_timeout"),
                    () -> viaCli("read_timeout", env, OutcomeKind.NETWORK, "network_read_timeout"));
        }
    }

    @Test
    void resetMidBody() throws Exception {
        sandbox.faults().set(FaultSpec.of("deactivate_license", "reset"));
        try {
            Map<String, String> env = env(sandbox.baseUrl(), null);
            both(() -> viaService("reset_mid_body", settings(sandbox.baseUrl()), OutcomeKind.NETWORK, "network_reset"),
                    () -> viaCli("reset_mid_body", env, OutcomeKind.NETWORK, "network_reset"));
        } finally {
            sandbox.faults().clear();
        }
    }

    @Test
    void serverErrorsAreRetriedThenNamed() throws Exception {
        int[][] cases = {{500}, {502}, {503}};
        for (int[] c : cases) {
            int status = c[0];
            sandbox.faults().set(FaultSpec.of("deactivate_license", "status").withStatus(status));
            try {
                String code = status == 500 ? "internal_error" : "http_" + status;
                Map<String, String> env = env(sandbox.baseUrl(), null);
                both(() -> assertThat(viaService("status_" + status, settings(sandbox.baseUrl()),
                                OutcomeKind.SERVER_ERROR, code).attempts()).as("retried up to the limit").isEqualTo(3),
                        () -> viaCli("status_" + status, env, OutcomeKind.SERVER_ERROR, code));
            } finally {
                sandbox.faults().clear();
            }
        }
    }

    @Test
    void rateLimitWithRetryAfterIsRetriedWithinTheDeadlineThenNamed() throws Exception {
        sandbox.faults().set(FaultSpec.of("deactivate_license", "rate_limit").withRetryAfterSeconds(1));
        try {
            Map<String, String> env = env(sandbox.baseUrl(), null);
            both(() -> assertThat(viaService("rate_limit_429", settings(sandbox.baseUrl()), OutcomeKind.RATE_LIMITED,
                            "too_many_requests").attempts()).isEqualTo(3),
                    () -> viaCli("rate_limit_429", env, OutcomeKind.RATE_LIMITED, "too_many_requests"));
        } finally {
            sandbox.faults().clear();
        }
    }

    @Test
    void tlsServerWithAnUntrustedCertificate() throws Exception {
        try (RawServer tls = ReliabilityKit.tlsServer(ReliabilityKit.selfSigned("dns:localhost,ip:127.0.0.1"))) {
            viaService("tls_untrusted", settings(tls.url("https")), OutcomeKind.NETWORK, "network_tls_untrusted");
            viaCli("tls_untrusted", env(tls.url("https"), null), OutcomeKind.NETWORK, "network_tls_untrusted");
        }
    }

    /**
     * The client trusts the certificate but it names another host. The CLI trusts it through the vendor
     * configuration's corporate CA ({@code api.ca_file}).
     */
    @Test
    void hostnameMismatch() throws Exception {
        ReliabilityKit.SelfSigned other = ReliabilityKit.selfSigned("dns:other.example");
        try (RawServer tls = ReliabilityKit.tlsServer(other)) {
            viaService("tls_hostname", settings(tls.url("https")).withTrustManager(other.trustingIt()),
                    OutcomeKind.NETWORK, "network_tls_hostname");
            Map<String, String> env = env(tls.url("https"), null);
            java.nio.file.Path vendor = Path.of(env.get("LM_VENDOR_CONFIG"));
            java.nio.file.Files.writeString(vendor, java.nio.file.Files.readString(vendor).replace("\"api\":{",
                    "\"api\":{\"ca_file\":" + ReliabilityKit.JSON.writeValueAsString(other.certPem().toString()) + ","));
            viaCli("tls_hostname", env, OutcomeKind.NETWORK, "network_tls_hostname");
            // Control: the same trust with a matching name succeeds, so the mismatch alone is what failed.
            ReliabilityKit.SelfSigned local = ReliabilityKit.selfSigned("dns:localhost,ip:127.0.0.1");
            try (RawServer ok = ReliabilityKit.tlsServer(local)) {
                Outcome o = ReliabilityKit.service(settings(ok.url("https")).withTrustManager(local.trustingIt()))
                        .deactivate(input(), new Cancellation());
                assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
            }
        }
    }

    @Test
    void plainHttpToANonLoopbackHostIsRefusedBeforeSending() throws Exception {
        // Every connection attempt would go through this proxy; it must see none.
        try (RawServer proxy = RawServer.start(s -> quietly(s::close))) {
            String url = "http://license-api.example.com";
            ClientSettings s = settings(url).withProxy(new ProxySettings.Explicit("127.0.0.1", proxy.port(), null, null));
            Outcome o = viaService("insecure_url", s, OutcomeKind.VENDOR_CONFIG_PROBLEM, "network_insecure_url");
            assertThat(o.attempts()).isZero();
            viaCli("insecure_url", env(sandbox.baseUrl(), "{\"mode\":\"explicit\",\"host\":\"127.0.0.1\",\"port\":"
                    + proxy.port() + "}"), OutcomeKind.VENDOR_CONFIG_PROBLEM, "network_insecure_url", "--api-url", url);
            // The same URL from the configuration is refused at load time, naming the field.
            CliRun r = ReliabilityKit.cli(env(url, null), "", cliArgs());
            assertThat(r.json().get("code").asText()).isEqualTo("config_invalid");
            assertThat(r.json().get("detail").asText()).contains("api.base_url").contains("plain http");
            assertThat(proxy.connections.get()).as("nothing sent anywhere").isZero();
        }
    }

    @Test
    void proxyAnswering407() throws Exception {
        try (RawServer proxy = RawServer.start(s -> quietly(() -> {
            try (s) {
                readHead(s.getInputStream());
                s.getOutputStream().write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
        }))) {
            ProxySettings p = new ProxySettings.Explicit("127.0.0.1", proxy.port(), null, null);
            // https: the CONNECT is refused; http (loopback): the proxied request itself gets 407.
            viaService("proxy_407_connect", settings("https://127.0.0.1:9").withProxy(p), OutcomeKind.NETWORK,
                    "network_proxy_auth");
            viaService("proxy_407_plain", settings(sandbox.baseUrl()).withProxy(p), OutcomeKind.NETWORK,
                    "network_proxy_auth");
            viaCli("proxy_407_connect", env("https://127.0.0.1:9", "{\"mode\":\"explicit\",\"host\":\"127.0.0.1\","
                    + "\"port\":" + proxy.port() + "}"), OutcomeKind.NETWORK, "network_proxy_auth");
        }
    }

    @Test
    void proxyThatClosesTheConnection() throws Exception {
        try (RawServer proxy = RawServer.start(s -> quietly(() -> {
            try (s) {
                readHead(s.getInputStream());
            }
        }))) {
            ProxySettings p = new ProxySettings.Explicit("127.0.0.1", proxy.port(), null, null);
            viaService("proxy_closes", settings("https://127.0.0.1:9").withProxy(p), OutcomeKind.NETWORK,
                    "network_proxy");
            viaCli("proxy_closes", env("https://127.0.0.1:9", "{\"mode\":\"explicit\",\"host\":\"127.0.0.1\","
                    + "\"port\":" + proxy.port() + "}"), OutcomeKind.NETWORK, "network_proxy");
        }
    }

    /**
     * A body dribbled one byte every 100 ms: no single read times out, so the per-attempt timeout (2 s) must.
     * Service only: the CLI's attempt timeout is the fixed 30 s default, too long for this suite.
     */
    @Test
    void slowDripBodyHitsThePerAttemptTimeout() throws Exception {
        try (RawServer drip = RawServer.start(s -> quietly(() -> {
            try (s) {
                readRequest(s.getInputStream());
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 100 && !s.isClosed(); i++) {
                    out.write('l');
                    out.flush();
                    Thread.sleep(100); // the throttle itself, not a wait for timing
                }
            }
        }))) {
            long t0 = System.nanoTime();
            ClientSettings s = settings(drip.url("http")).withMaxAttempts(2);
            viaService("slow_drip", s, OutcomeKind.NETWORK, "network_read_timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
        }
    }
}
