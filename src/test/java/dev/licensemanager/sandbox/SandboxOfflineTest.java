package dev.licensemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** deactivate_offline: Base64 request files, schema v2 and v1, signed with the shared key or OAuth secret. */
class SandboxOfflineTest {
    private static final String HW = "hw-offline";
    @RegisterExtension
    final RunningSandbox sandbox = RunningSandbox.thisMachine(HW);
    private final SandboxServer server = sandbox.server;
    private final TestClient client = sandbox.client;

    private HttpResponse<String> send(String text) {
        return client.send(client.api("deactivate_offline").setHeader("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private String v2(String keyField, String keyId, String secret) {
        String request = "{\"license_key\":\"DEMO-KEY-1111-2222\",\"hardware_id\":\"" + HW + "\",\"product\":\"demo-key\","
                + "\"" + keyField + "\":\"" + keyId + "\",\"request\":\"deactivation\",\"request_id\":\"" + UUID.randomUUID()
                + "\",\"schema_version\":2,\"sdk_ver\":\"1.4.17\",\"date\":\"Thu Nov 27 2025 05:23:00 GMT+0000\"}";
        return b64("{\"request\":" + request + ",\"signature\":\"" + Hmac.base64(secret, request) + "\"}");
    }

    @Test
    void schemaV2FreesTheSeatOnce() {
        HttpResponse<String> r = send(v2("api_key", server.apiKey(), server.sharedKey()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("license_deactivated");
        assertThat(server.activeHardwareIds(1001)).doesNotContain(HW);
        assertThat(TestClient.code(send(v2("api_key", server.apiKey(), server.sharedKey())))).isEqualTo("device_not_found");
    }

    @Test
    void schemaV2WithOAuthClientSecret() {
        assertThat(send(v2("client_id", server.oauthClientId(), server.oauthClientSecret())).body()).isEqualTo("license_deactivated");
    }

    @Test
    void schemaV1Flat() {
        String date = "Thu, 27 Nov 2025 05:23:00 GMT";
        String signing = "licenseSpring\ndate: " + date + "\nDEMO-KEY-1111-2222\n" + HW + "\n" + server.apiKey();
        String body = "{\"hardware_id\":\"" + HW + "\",\"product\":\"demo-key\",\"date\":\"" + date + "\",\"signature\":\""
                + TestClient.sign(server.sharedKey(), date + "\nDEMO-KEY-1111-2222\n" + HW + "\n" + server.apiKey())
                + "\",\"api_key\":\"" + server.apiKey() + "\",\"license_key\":\"DEMO-KEY-1111-2222\"}";
        assertThat(Hmac.base64(server.sharedKey(), signing))
                .isEqualTo(TestClient.sign(server.sharedKey(), date + "\nDEMO-KEY-1111-2222\n" + HW + "\n" + server.apiKey()));
        assertThat(send(b64(body)).body()).isEqualTo("license_deactivated");
    }

    @Test
    void rejections() {
        assertThat(TestClient.code(send(""))).isEqualTo("missing_content");
        assertThat(TestClient.code(send("***not base64***"))).isEqualTo("invalid_json");
        assertThat(TestClient.code(send(v2("api_key", server.apiKey(), "wrong-secret")))).isEqualTo("signature_mismatch");
        assertThat(TestClient.code(send(v2("api_key", "other-key", server.sharedKey())))).isEqualTo("invalid_api_key");
        assertThat(server.activeHardwareIds(1001)).contains(HW);
    }
}
