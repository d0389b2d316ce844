package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every signed response verifies with the key published at /sandbox/public-key; unsigned ones carry no header. */
class SandboxSignatureTest {
    @RegisterExtension
    final RunningSandbox sandbox = RunningSandbox.thisMachine("hw-1");
    private final SandboxServer server = sandbox.server;
    private final TestClient client = sandbox.client;
    private String pem;

    @BeforeEach
    void start() throws Exception {
        HttpResponse<String> key = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sandbox/public-key")).build());
        assertThat(key.statusCode()).isEqualTo(200);
        pem = key.body();
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----").isEqualTo(server.publicKeyPem());
        assertThat(Files.readString(server.publicKeyFile())).isEqualTo(pem);
    }

    private void assertSignedBody(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        String sig = r.headers().firstValue("LicenseSignature").orElseThrow(() -> new AssertionError("no LicenseSignature"));
        assertThat(TestClient.verify(pem, r.body(), sig)).as("v2 signature over the exact body bytes").isTrue();
        byte[] tampered = r.body().clone();
        tampered[tampered.length / 2] ^= 1;
        assertThat(TestClient.verify(pem, tampered, sig)).isFalse();
    }

    private HttpResponse<byte[]> bytes(HttpRequest request) throws Exception {
        return client.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertV1(String pem, JsonNode license, String id) {
        String vp = license.path("validity_period").isNull() ? "" : license.path("validity_period").asText();
        String text = (license.path("hardware_id").asText() + "#" + id + "#" + vp).toLowerCase(Locale.ROOT);
        assertThat(TestClient.verify(pem, text.getBytes(StandardCharsets.UTF_8), license.path("license_signature").asText()))
                .as("v1 license_signature for %s", id).isTrue();
    }

    @Test
    void everySignedEndpointVerifies() throws Exception {
        HttpResponse<byte[]> act = bytes(client.api("activate_license").POST(HttpRequest.BodyPublishers.ofString(TestClient.json(
                m("product", "demo-key", "license_key", "DEMO-UNUSED-0001", "hardware_id", "pc-sig")))).build());
        assertSignedBody(act);
        assertV1(pem, TestClient.JSON.readTree(act.body()), "DEMO-UNUSED-0001");

        String checkDate = client.date();
        HttpResponse<byte[]> chk = bytes(HttpRequest.newBuilder(client.uri("check_license", m("product", "demo-key",
                "license_key", "DEMO-UNUSED-0001", "hardware_id", "pc-sig"))).header("Date", checkDate)
                .header("Authorization", client.authorization(checkDate)).build());
        assertSignedBody(chk);
        assertV1(pem, TestClient.JSON.readTree(chk.body()), "DEMO-UNUSED-0001");

        HttpResponse<byte[]> bundle = bytes(client.api("activate_bundle").POST(HttpRequest.BodyPublishers.ofString(TestClient.json(
                m("product", "demo-bundle", "license_key", "DEMO-BUNDLE-0001", "hardware_id", "pc-sig")))).build());
        assertSignedBody(bundle);
        assertV1(pem, TestClient.JSON.readTree(bundle.body()).get(0), "DEMO-BUNDLE-0001");

        HttpResponse<byte[]> user = bytes(client.api("activate_license").POST(HttpRequest.BodyPublishers.ofString(TestClient.json(
                m("product", "demo-user", "username", "alice@example.com", "password", "demo-password", "hardware_id", "pc-sig")))).build());
        assertSignedBody(user);
        assertV1(pem, TestClient.JSON.readTree(user.body()), "alice@example.com");

        for (var query : List.of(
                new Object[] {"user_licenses", m("product", "demo-user", "username", "alice@example.com", "password", "demo-password")},
                new Object[] {"product_details", m("product", "demo-key")},
                new Object[] {"sso_url", m("product", "demo-user", "customer_account_code", "demo-corp",
                        "redirect_uri", "http://127.0.0.1:1/cb")})) {
            @SuppressWarnings("unchecked")
            var q = (java.util.Map<String, Object>) query[1];
            String date = client.date();
            assertSignedBody(bytes(HttpRequest.newBuilder(client.uri((String) query[0], q)).header("Date", date)
                    .header("Authorization", client.authorization(date)).build()));
        }
    }

    @Test
    void unsignedResponsesCarryNoSignature() {
        HttpResponse<String> off = client.post("deactivate_license", m("product", "demo-key", "license_key",
                "DEMO-KEY-1111-2222", "hardware_id", "hw-1"));
        assertThat(off.body()).isEqualTo("license_deactivated");
        assertThat(off.headers().firstValue("LicenseSignature")).isEmpty();
        HttpResponse<String> err = client.post("activate_license", m("product", "nope", "license_key", "K", "hardware_id", "h"));
        assertThat(err.headers().firstValue("LicenseSignature")).isEmpty();
    }
}
