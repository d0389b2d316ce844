package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Product and license states only a seed can set up: archived/disabled products, start dates, trials, user caps. */
class SandboxSeedSemanticsTest {
    @TempDir
    Path dir;
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, """
                {
                  "products": [
                    {"short_code": "old", "name": "Old", "archived": true},
                    {"short_code": "off", "name": "Off", "enabled": false},
                    {"short_code": "k", "name": "K"},
                    {"short_code": "u", "name": "U", "authorization_method": "user"}
                  ],
                  "licenses": [
                    {"id": 1, "product": "old", "license_key": "OLD"},
                    {"id": 2, "product": "off", "license_key": "OFF"},
                    {"id": 3, "product": "k", "license_key": "LATER", "start_date": "2999-01-01"},
                    {"id": 4, "product": "k", "license_key": "TRIAL", "is_trial": true, "validity_period": "2001-01-01"},
                    {"id": 5, "product": "u", "user": "dan@example.com", "max_activations": 5},
                    {"id": 6, "product": "u", "user": "dan@example.com", "max_activations": 5}
                  ],
                  "users": [{"id": 9, "email": "dan@example.com", "password": "pw", "max_activations": 2}]
                }
                """);
        server = SandboxServer.start(SandboxOptions.builder().seedFile(seed).build());
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String activateCode(String product, String key) {
        return TestClient.code(client.post("activate_license", m("product", product, "license_key", key, "hardware_id", "h")));
    }

    @Test
    void productAndLicenseStates() {
        assertThat(activateCode("old", "OLD")).isEqualTo("archived_product");
        assertThat(activateCode("off", "OFF")).isEqualTo("disabled_product");
        assertThat(activateCode("k", "LATER")).isEqualTo("license_start_date_error");
        assertThat(TestClient.tree(client.post("activate_license", m("product", "k", "license_key", "LATER", "hardware_id", "h")))
                .path("message").asText()).contains("2999-01-01");
        assertThat(activateCode("k", "TRIAL")).isEqualTo("trial_expired");
    }

    @Test
    void licenseUserActivationCapSpansTheirLicenses() {
        for (String[] call : new String[][] {{"5", "pc-1"}, {"6", "pc-2"}}) {
            assertThat(client.post("activate_license", m("product", "u", "username", "dan@example.com", "password", "pw",
                    "license_id", Long.parseLong(call[0]), "hardware_id", call[1])).statusCode()).isEqualTo(200);
        }
        assertThat(TestClient.code(client.post("activate_license", m("product", "u", "username", "dan@example.com",
                "password", "pw", "license_id", 5L, "hardware_id", "pc-3")))).isEqualTo("license_user_activated_max_times");
        assertThat(client.post("deactivate_license", m("product", "u", "username", "dan@example.com", "hardware_id", "pc-2"))
                .body()).isEqualTo("license_deactivated");
        assertThat(client.post("activate_license", m("product", "u", "username", "dan@example.com", "password", "pw",
                "license_id", 5L, "hardware_id", "pc-3")).statusCode()).isEqualTo(200);
    }
}
