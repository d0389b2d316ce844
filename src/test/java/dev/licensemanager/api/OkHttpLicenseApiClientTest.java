package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.common.Cancellation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OkHttpLicenseApiClientTest {
    private final ObjectMapper json = new ObjectMapper();
    @RegisterExtension
    final LoopbackApi api = new LoopbackApi();
    private final MockWebServer server = api.server;

    private OkHttpLicenseApiClient client() {
        return new OkHttpLicenseApiClient(ApiTestSupport.settings(server));
    }

    private static DeactivateRequest keyRequest() {
        return DeactivateRequest.of("my-product", "hw-123", new Identity.LicenseKey("AAAA-BBBB-CCCC-DDDD"));
    }

    @Test
    void sendsExactHeadersSignatureAndBody() throws Exception {
        server.enqueue(new MockResponse.Builder().body("license_deactivated").build());
        Clock fixed = Clock.fixed(Instant.parse("2022-11-17T20:51:35Z"), ZoneOffset.UTC);
        var client = new OkHttpLicenseApiClient(ApiTestSupport.settings(server).withClock(fixed));

        ApiResult<String> r = client.deactivate(keyRequest().withLicenseId(42L).withConsumptions(-3)
                .withDevice(new DeviceInfo("lm 1", "1.0", "Linux 6", "box")), Cancellation.none());

        assertThat(r).isInstanceOf(ApiResult.Success.class);
        RecordedRequest req = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getTarget()).isEqualTo("/api/v4/deactivate_license");
        assertThat(req.getHeaders().get("Date")).isEqualTo("Thu, 17 Nov 2022 20:51:35 GMT");
        // Signature value from openssl (see HmacSignerTest), not from the code under test.
        assertThat(req.getHeaders().get("Authorization")).isEqualTo("algorithm=\"hmac-sha256\",headers=\"date\","
                + "signature=\"G/c2/7iLqGBk2QVP2pD3eCHpKUUzR+dHT6Dv1W8fJDA=\",apikey=\"my-api-key\"");
        assertThat(req.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(req.getBody().utf8());
        assertThat(body).isEqualTo(json.readTree("{\"license_id\":42,\"product\":\"my-product\",\"hardware_id\":\"hw-123\","
                + "\"license_key\":\"AAAA-BBBB-CCCC-DDDD\",\"consumptions\":-3,\"sdk_ver\":\"lm 1\",\"app_ver\":\"1.0\","
                + "\"os_ver\":\"Linux 6\",\"hostname\":\"box\"}"));
    }

    @Test
    void bundleGoesToDeactivateBundle() throws Exception {
        server.enqueue(new MockResponse.Builder().body("license_deactivated").build());
        client().deactivate(keyRequest().asBundle().withBundleCode("suite"), Cancellation.none());
        RecordedRequest req = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(req.getTarget()).isEqualTo("/api/v4/deactivate_bundle");
        assertThat(json.readTree(req.getBody().utf8()).get("bundle_code").asText()).isEqualTo("suite");
    }

    @Test
    void identitiesProduceTheirFields() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().body("license_deactivated").build());
        }
        var c = client();
        assertThat(c.deactivate(DeactivateRequest.of("p", "h", new Identity.User("ann@example.com", null)), Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        c.deactivate(DeactivateRequest.of("p", "h", new Identity.User("ann@example.com", Secret.of("pw1"))), Cancellation.none());
        c.deactivate(DeactivateRequest.of("p", "h", new Identity.SsoCode(Secret.of("c0de"), "acme", null)), Cancellation.none());
        c.deactivate(DeactivateRequest.of("p", "h", new Identity.SsoToken(Secret.of("t0k"), "acme", "http://127.0.0.1:5/cb")), Cancellation.none());
        JsonNode a = json.readTree(server.takeRequest(2, TimeUnit.SECONDS).getBody().utf8());
        assertThat(a.get("username").asText()).isEqualTo("ann@example.com");
        assertThat(a.has("password")).isFalse();
        assertThat(json.readTree(server.takeRequest(2, TimeUnit.SECONDS).getBody().utf8()).get("password").asText()).isEqualTo("pw1");
        JsonNode code = json.readTree(server.takeRequest(2, TimeUnit.SECONDS).getBody().utf8());
        assertThat(code.get("code").asText()).isEqualTo("c0de");
        assertThat(code.get("customer_account_code").asText()).isEqualTo("acme");
        JsonNode token = json.readTree(server.takeRequest(2, TimeUnit.SECONDS).getBody().utf8());
        assertThat(token.get("id_token").asText()).isEqualTo("t0k");
        assertThat(token.get("redirect_uri").asText()).isEqualTo("http://127.0.0.1:5/cb");
    }

    @Test
    void impossibleCombinationsAreRefusedBeforeSending() {
        var c = client();
        assertThat(c.deactivate(keyRequest().asBundle().withConsumptions(2), Cancellation.none()))
                .isInstanceOfSatisfying(ApiResult.Invalid.class, i -> assertThat(i.problems().toString()).contains("consumptions"));
        assertThat(c.deactivate(DeactivateRequest.of("", "h", new Identity.LicenseKey("K")), Cancellation.none()))
                .isInstanceOf(ApiResult.Invalid.class);
        assertThat(c.deactivate(DeactivateRequest.of("p", "h", null), Cancellation.none()))
                .isInstanceOf(ApiResult.Invalid.class);
        assertThat(c.deactivate(keyRequest().withLicenseId(0L), Cancellation.none()))
                .isInstanceOfSatisfying(ApiResult.Invalid.class, i -> assertThat(i.problems().toString()).contains("license ID"));
        assertThat(c.deactivate(DeactivateRequest.of("p", "h", new Identity.SsoCode(Secret.of("x"), "", null)),
                Cancellation.none())).isInstanceOf(ApiResult.Invalid.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void successBodyMayBeRawOrJsonString() {
        server.enqueue(new MockResponse.Builder().body("\"license_deactivated\"").build());
        server.enqueue(new MockResponse.Builder().body("  license_deactivated\n").build());
        assertThat(client().deactivate(keyRequest(), Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        assertThat(client().deactivate(keyRequest(), Cancellation.none())).isInstanceOf(ApiResult.Success.class);
    }

    @Test
    void errorBodyBecomesTypedApiError() {
        server.enqueue(new MockResponse.Builder().code(400)
                .body("{\"status\":400,\"code\":\"device_not_found\",\"message\":\"Device not found\"}").build());
        assertThat(client().deactivate(keyRequest(), Cancellation.none())).isInstanceOfSatisfying(ApiResult.ApiError.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("device_not_found");
                    assertThat(e.message()).isEqualTo("Device not found");
                    assertThat(e.info().earlierResponseLost()).isFalse();
                });
    }

    @Test
    void plainHttpToNonLoopbackIsRefusedBeforeSending() {
        var c = new OkHttpLicenseApiClient(ApiTestSupport.settings(server).withBaseUrl("http://licenses.example.com"));
        assertThat(c.deactivate(keyRequest(), Cancellation.none())).isInstanceOfSatisfying(ApiResult.TransportError.class,
                t -> assertThat(t.kind()).isEqualTo(NetworkKind.INSECURE_URL));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void getEndpointsSendQueriesAndVerifySignature() throws Exception {
        byte[] body = "{\"id\":7,\"license_active\":true,\"license_enabled\":true,\"times_activated\":1,\"max_activations\":3,\"transfer_count\":1,\"max_transfers\":4}"
                .getBytes(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder().body(new String(body, StandardCharsets.UTF_8))
                .addHeader("LicenseSignature", ApiTestSupport.sign(body, ApiTestSupport.KEYS.getPrivate())).build());
        ApiResult<LicenseFacts> r = client().checkLicense(new CheckRequest("p", "hw", new Identity.User("u@x", Secret.of("pw")), null),
                Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.Success.class, s -> {
            LicenseFacts f = (LicenseFacts) s.value();
            assertThat(f.licenseActive()).isTrue();
            assertThat(f.transfersLeft()).isEqualTo(3);
        });
        RecordedRequest req = server.takeRequest(2, TimeUnit.SECONDS);
        assertThat(req.getMethod()).isEqualTo("GET");
        assertThat(req.getUrl().encodedPath()).isEqualTo("/api/v4/check_license");
        assertThat(req.getUrl().queryParameter("username")).isEqualTo("u@x");
        assertThat(req.getUrl().queryParameter("password")).as("never a password in a URL").isNull();
        assertThat(req.getUrl().queryParameter("hardware_id")).isEqualTo("hw");
    }

    @Test
    void badOrMissingSignatureIsNeverSuccess() {
        String body = "{\"url\":\"https://idp.example.com/login\"}";
        server.enqueue(new MockResponse.Builder().body(body).build());
        server.enqueue(new MockResponse.Builder().body(body).addHeader("LicenseSignature",
                ApiTestSupport.sign("{\"url\":\"https://evil\"}".getBytes(StandardCharsets.UTF_8),
                        ApiTestSupport.KEYS.getPrivate())).build());
        server.enqueue(new MockResponse.Builder().body(body).addHeader("LicenseSignature", "%%%garbage").build());
        var c = client();
        assertThat(c.ssoUrl("p", "acme", "code", null, Cancellation.none())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.SIGNATURE_MISSING));
        assertThat(c.ssoUrl("p", "acme", "code", null, Cancellation.none())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.SIGNATURE_INVALID));
        assertThat(c.ssoUrl("p", "acme", "code", null, Cancellation.none())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.SIGNATURE_INVALID));
    }

    @Test
    void signatureOverCompactReserialisationIsAlsoAccepted() {
        String pretty = "{ \"product_name\" : \"Demo\",\n \"short_code\" : \"demo\", \"authorization_method\" : \"user\" }";
        byte[] compact = "{\"product_name\":\"Demo\",\"short_code\":\"demo\",\"authorization_method\":\"user\"}"
                .getBytes(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder().body(pretty)
                .addHeader("LicenseSignature", ApiTestSupport.sign(compact, ApiTestSupport.KEYS.getPrivate())).build());
        assertThat(client().productDetails("demo", Cancellation.none())).isInstanceOfSatisfying(ApiResult.Success.class,
                s -> assertThat(((ProductDetails) s.value()).userBased()).isTrue());
    }
}
