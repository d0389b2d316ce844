package dev.licensemanager.cli;

import static dev.licensemanager.cli.ReliabilityKit.quietly;
import static dev.licensemanager.cli.ReliabilityKit.readHead;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.cli.ReliabilityKit.RawServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults through `license-manager doctor`: each named by the failing check's code, never a crash. */
class FaultDoctorTest {
    /** Every fault run, and those whose report really named it (counted from the verdicts, not assumed). */
    private static final List<String> TRIED = new ArrayList<>();
    private static final List<String> NAMED = new ArrayList<>();

    @TempDir
    Path home;

    @AfterAll
    static void figures() {
        Map<String, Integer> fig = new LinkedHashMap<>();
        fig.put("faults_tried", TRIED.size());
        fig.put("faults_named_correctly", NAMED.size());
        ReliabilityKit.figure("faults-doctor", fig);
    }

    private JsonNode doctor(String name, String apiUrl, String proxyJson, int exit, String code) throws Exception {
        Map<String, String> env = ReliabilityKit.cliEnv(home.resolve(name), apiUrl, "k", "s", null, proxyJson);
        env.put("LM_PRODUCT", "p");
        TRIED.add(name);
        CliRun r = ReliabilityKit.cli(env, "", "doctor", "--json");
        List<String> codes = new ArrayList<>();
        if (r.json() != null) {
            r.json().path("checks").forEach(c -> codes.add(c.path("code").asText()));
        }
        if (codes.contains(code) && r.exit() == exit) {
            NAMED.add(name);
        }
        assertThat(r.json()).as(name + ": " + r.all()).isNotNull();
        assertThat(codes).as(name + ": " + r.out()).contains(code);
        assertThat(r.exit()).as(name + ": " + r.out()).isEqualTo(exit);
        return r.json();
    }

    @Test
    void refusedDnsUntrustedProxyAuthAndGarbage() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        doctor("refused", "http://127.0.0.1:" + port, null, 7, "tcp_refused");
        doctor("dns", "https://license-manager-doctor.invalid", null, 7, "dns_failed");
        try (RawServer tls = ReliabilityKit.tlsServer(ReliabilityKit.selfSigned("dns:localhost,ip:127.0.0.1"))) {
            doctor("tls_untrusted", tls.url("https"), null, 7, "tls_interception");
        }
        try (RawServer proxy = RawServer.start(s -> quietly(() -> {
            try (s) {
                readHead(s.getInputStream());
                s.getOutputStream().write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic "
                        + "realm=\"x\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            }
        }))) {
            doctor("proxy_407", "https://127.0.0.1:9", "{\"mode\":\"explicit\",\"host\":\"127.0.0.1\",\"port\":"
                    + proxy.port() + "}", 7, "proxy_auth_required");
        }
        // A server answering garbage: the doctor reports, it does not crash.
        try (RawServer garbage = RawServer.start(s -> quietly(() -> {
            try (s) {
                readHead(s.getInputStream());
                s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n\u0000\u0001{[<".getBytes(
                        StandardCharsets.ISO_8859_1));
            }
        }))) {
            Map<String, String> env = ReliabilityKit.cliEnv(home.resolve("garbage"), garbage.url("http"), "k", "s", null,
                    null);
            CliRun r = ReliabilityKit.cli(env, "", "doctor", "--json");
            assertThat(r.json()).as(r.all()).isNotNull();
            assertThat(r.exit()).isNotEqualTo(1);
        }
    }
}
