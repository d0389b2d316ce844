package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seed files, state persistence across restarts, atomic writes, loopback-only binding. */
class SandboxStateTest {
    @TempDir
    Path dir;

    @Test
    void stateSurvivesRestartWithTheSameSigningKey() throws Exception {
        Path state = dir.resolve("state.json");
        String pem;
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().stateFile(state).build())) {
            pem = s.publicKeyPem();
            assertThat(s.publicKeyFile()).isEqualTo(dir.resolve("state.json.public-key.pem"));
            assertThat(new TestClient(s).post("activate_license", m("product", "demo-key", "license_key",
                    "DEMO-UNUSED-0001", "hardware_id", "pc-keep")).statusCode()).isEqualTo(200);
        }
        JsonNode saved = TestClient.JSON.readTree(state.toFile());
        assertThat(saved.path("signing_key").path("private_pkcs8").asText()).isNotBlank();
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().stateFile(state).build())) {
            assertThat(s.activeHardwareIds(1006)).containsExactly("pc-keep");
            assertThat(s.publicKeyPem()).isEqualTo(pem);
            assertThat(new TestClient(s).post("deactivate_license", m("product", "demo-key", "license_key",
                    "DEMO-UNUSED-0001", "hardware_id", "pc-keep")).body()).isEqualTo("license_deactivated");
        }
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().stateFile(state).build())) {
            assertThat(s.activeHardwareIds(1006)).isEmpty();
            assertThat(s.transferCount(1006)).isZero();
        }
    }

    @Test
    void stateFileIsNeverHalfWritten() throws Exception {
        Path state = dir.resolve("busy.json");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().stateFile(state).build())) {
            Thread reader = new Thread(() -> {
                while (writing.get() || reads.get() == 0) {
                    try {
                        byte[] bytes = Files.readAllBytes(state);
                        TestClient.JSON.readTree(bytes).path("licenses").get(0).path("id").asLong();
                        reads.incrementAndGet();
                    } catch (Exception e) {
                        broken.incrementAndGet();
                    }
                }
            });
            reader.start();
            TestClient c = new TestClient(s);
            for (int i = 0; i < 60; i++) {
                String op = i % 2 == 0 ? "activate_license" : "deactivate_license";
                assertThat(c.post(op, m("product", "demo-key", "license_key", "DEMO-UNUSED-0001", "hardware_id", "pc-a"))
                        .statusCode()).isEqualTo(200);
            }
            writing.set(false);
            reader.join();
        }
        assertThat(reads.get()).isPositive();
        assertThat(broken.get()).as("a reader saw a partial state file").isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void seedFileDefinesProductsUsersAccountsAndDevices() throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, """
                {
                  "products": [{"short_code": "k", "name": "K", "authorization_method": "license-key"},
                               {"short_code": "u", "name": "U", "authorization_method": "user"}],
                  "licenses": [{"id": 10, "product": "k", "license_key": "KEY-10", "max_activations": 2},
                               {"id": 20, "product": "u", "user": "carol@example.com", "max_activations": 1}],
                  "users": [{"id": 7, "email": "carol@example.com", "password": "pw", "customer_account": "acme"}],
                  "customer_accounts": [{"id": 3, "code": "acme", "name": "Acme", "sso_enabled": true,
                                         "redirect_uris": ["http://127.0.0.1/cb"]}],
                  "devices": [{"license_id": 10, "hardware_id": "banned", "active": false, "blacklisted": true},
                              {"license_id": 10, "hardware_id": "old-pc", "active": true}]
                }
                """);
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().seedFile(seed).build())) {
            TestClient c = new TestClient(s);
            assertThat(s.activeHardwareIds(10)).containsExactly("old-pc");
            assertThat(TestClient.code(c.post("activate_license", m("product", "k", "license_key", "KEY-10",
                    "hardware_id", "banned")))).isEqualTo("blacklisted");
            assertThat(c.post("activate_license", m("product", "u", "username", "carol@example.com", "password", "pw",
                    "hardware_id", "h")).statusCode()).isEqualTo(200);
            assertThat(s.demo().licenseKey()).isEqualTo("KEY-10");
            assertThat(s.demo().username()).isEqualTo("carol@example.com");
            assertThat(c.get("sso_url", m("product", "u", "customer_account_code", "acme")).statusCode())
                    .as("the only registered redirect URI is the default").isEqualTo(200);
        }
    }

    @Test
    void refusesNonLoopbackBindUnlessAllowed() {
        assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.builder().host("0.0.0.0").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().host("127.0.0.1").build())) {
            assertThat(s.baseUrl()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void badSeedFailsAtStart() throws Exception {
        Path seed = dir.resolve("bad.json");
        Files.writeString(seed, "{\"devices\":[{\"license_id\":99,\"hardware_id\":\"x\"}]}");
        assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.builder().seedFile(seed).build()))
                .hasMessageContaining("license_id 99");
    }
}
