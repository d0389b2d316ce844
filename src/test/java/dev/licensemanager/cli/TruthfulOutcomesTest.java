package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets through the CLI, against real loopback servers: plain words instead of raw bodies, the
 * default API URL, the one rule for answers that cannot be verified, and the demo-mode doctor.
 */
class TruthfulOutcomesTest {
    private static final String HWID = "truthful-outcomes-hwid";

    @TempDir
    Path home;

    private static MockWebServer answering(MockResponse r) throws Exception {
        MockWebServer s = new MockWebServer();
        s.enqueue(r);
        s.enqueue(r);
        s.enqueue(r);
        s.enqueue(r);
        s.start(InetAddress.getLoopbackAddress(), 0);
        return s;
    }

    private Map<String, String> env(String url) throws Exception {
        Map<String, String> env = ReliabilityKit.cliEnv(home.resolve("h"), url, "ak", "sk", null, null);
        return env;
    }

    @Test
    void anHtml502ShowsPlainWordsAndTheRawPageOnlyInTheCutDetails() throws Exception {
        String page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                + "<hr><center>nginx/1.25.3</center>" + "<!-- padding -->".repeat(100) + "</body></html>";
        try (MockWebServer s = answering(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body(page).build())) {
            CliRun r = ReliabilityKit.cli(env("http://127.0.0.1:" + s.getPort()), "", "deactivate", "--product", "p",
                    "--license-key", "K-1", "--hardware-id", HWID, "--json");
            assertThat(r.json()).as(r.all()).isNotNull();
            String message = r.json().get("message").asText();
            assertThat(message).doesNotContain("<", "nginx").contains("HTTP 502").endsWith(".");
            assertThat(r.json().get("next_step").asText()).doesNotContain("<");
            assertThat(r.json().get("api_url").asText()).isEqualTo("http://127.0.0.1:" + s.getPort());
            assertThat(r.json().path("server_message").asText().length()).as("raw detail cut short").isLessThanOrEqualTo(301);
        }
    }

    @Test
    void anUnexpected200SaysOnceThatTheServerReceivedIt() throws Exception {
        try (MockWebServer s = answering(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"hello\":\"world\"}").build())) {
            CliRun r = ReliabilityKit.cli(env("http://127.0.0.1:" + s.getPort()), "", "deactivate", "--product", "p",
                    "--license-key", "K-1", "--hardware-id", HWID, "--json");
            String message = r.json().get("message").asText();
            assertThat(message).as(message).doesNotContain("hello", "UNEXPECTED_BODY", "confirm Your", "..");
            assertThat(message.split("received your request", -1)).as(message).hasSize(2);
            assertThat(message).doesNotContain("may have reached");
            assertThat(r.json().get("detail").asText()).contains("UNEXPECTED_BODY");
        }
    }

    @Test
    void aConnectionCutWithoutAnAnswerSaysMayHaveReachedUnderATrueTitle() throws Exception {
        try (MockWebServer s = answering(new MockResponse.Builder().onResponseStart(
                new mockwebserver3.SocketEffect.CloseSocket()).build())) {
            CliRun r = ReliabilityKit.cli(env("http://127.0.0.1:" + s.getPort()), "", "deactivate", "--product", "p",
                    "--license-key", "K-1", "--hardware-id", HWID, "--json");
            String message = r.json().get("message").asText();
            assertThat(message).as(message).doesNotContain("Cannot reach", "Your request reached");
            assertThat(message).startsWith("No answer from the license server.").contains("may have reached");
            assertThat(message).doesNotContain("cut off Your").doesNotContain("..");
        }
    }

    @Test
    void offlineRequestNeedsNoApiUrlAndDefaultsToLicenseSpringProduction() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("LM_HOME", home.resolve("o").toString());
        env.put("LM_API_KEY", "ak");
        env.put("LM_SHARED_KEY", "sk");
        Path out = home.resolve("f.req");
        CliRun r = ReliabilityKit.cli(env, "", "offline-request", "--out", out.toString(), "--product", "P",
                "--license-key", "K-1", "--hardware-id", HWID);
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(out).isRegularFile();
        CliRun d = ReliabilityKit.cli(env, "", "deactivate", "--product", "P", "--license-key", "K-1", "--hardware-id",
                HWID, "--json", "--check");
        assertThat(d.json()).as(d.all()).isNotNull();
        assertThat(d.json().get("api_url").asText()).isEqualTo("https://api.licensespring.com");
    }

    @Test
    void anUnverifiableCheckStopsTheCliAsItStopsTheWindow() throws Exception {
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder()
                .thisMachineHardwareId(() -> Optional.of(HWID)).build())) {
            var kp = KeyPairGenerator.getInstance("RSA");
            kp.initialize(2048);
            Path wrongKey = Files.writeString(home.resolve("wrong.pem"), "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(kp.generateKeyPair().getPublic()
                    .getEncoded()) + "\n-----END PUBLIC KEY-----\n");
            assertThat(sb.activeHardwareIds(1001)).as("the demo license is held by this device").contains(HWID);
            Map<String, String> env = ReliabilityKit.cliEnv(home.resolve("s"), sb.baseUrl(), sb.apiKey(), sb.sharedKey(),
                    wrongKey, null);
            CliRun r = ReliabilityKit.cli(env, "", "deactivate", "--product", sb.demo().keyProduct(), "--license-key",
                    sb.demo().licenseKey(), "--hardware-id", HWID, "--check", "--json");
            assertThat(r.json()).as(r.all()).isNotNull();
            assertThat(r.json().get("outcome").asText()).isEqualTo("response_not_trusted");
            assertThat(r.exit()).isEqualTo(5);
            assertThat(sb.activeHardwareIds(1001)).as("nothing more was sent: the seat is still held").contains(HWID);
        }
    }

    @Test
    void inDemoModeDoctorAndSupportBundleCheckTheDemoServer() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("LM_HOME", home.resolve("demo").toString());
        CliRun r = ReliabilityKit.cli(env, "", "doctor", "--json");
        assertThat(r.json()).as(r.all()).isNotNull();
        assertThat(r.json().get("api_url").asText()).as(r.out()).startsWith("http://127.0.0.1:");
        assertThat(r.exit()).as(r.out()).isZero();
        Path zip = home.resolve("b.zip");
        CliRun b = ReliabilityKit.cli(env, "", "support-bundle", "--out", zip.toString());
        assertThat(b.exit()).as(b.all()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String all = z.stream().map(e -> {
                try {
                    return new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }).reduce("", String::concat);
            assertThat(all).contains("http://127.0.0.1:").doesNotContain("api.licensespring.com");
        }
    }
}
