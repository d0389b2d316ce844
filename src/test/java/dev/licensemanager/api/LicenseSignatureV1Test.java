package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LicenseSignatureV1Test {
    @RegisterExtension
    final LoopbackApi api = new LoopbackApi();
    private final MockWebServer server = api.server;

    private void enqueueCheck(String v1Signature) {
        String body = "{\"id\":9,\"license_active\":true,\"license_enabled\":true,"
                + "\"validity_period\":\"2030-06-15T00:00:00Z\",\"license_signature\":\"" + v1Signature + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder().body(body)
                .addHeader("LicenseSignature", ApiTestSupport.sign(bytes, ApiTestSupport.KEYS.getPrivate())).build());
    }

    @Test
    void validV1SignatureIsAcceptedAndATamperedOneIsNot() {
        // The signing string written out by hand (reference §3.8): lowercase(hwid#key#ISO-millis validity).
        String expected = "hw-abc#abcd-efgh#2030-06-15t00:00:00.000z";
        assertThat(LicenseSignatureV1.signingString("HW-abc", "ABCD-EFGH", "2030-06-15T00:00:00Z")).isEqualTo(expected);
        enqueueCheck(ApiTestSupport.sign(expected.getBytes(StandardCharsets.UTF_8), ApiTestSupport.KEYS.getPrivate()));
        enqueueCheck(ApiTestSupport.sign("hw-abc#other#".getBytes(StandardCharsets.UTF_8), ApiTestSupport.KEYS.getPrivate()));
        var client = new OkHttpLicenseApiClient(ApiTestSupport.settings(server));
        CheckRequest req = new CheckRequest("p", "HW-abc", new Identity.LicenseKey("ABCD-EFGH"), null);
        assertThat(client.checkLicense(req, Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        assertThat(client.checkLicense(req, Cancellation.none())).isInstanceOfSatisfying(ApiResult.ProtocolError.class,
                p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.SIGNATURE_INVALID));
    }

    @Test
    void usernameIsCutAtTheFirstBar() {
        assertThat(LicenseSignatureV1.signingString("h", "Ann@X.com|sso-123", null)).isEqualTo("h#ann@x.com#");
    }
}
