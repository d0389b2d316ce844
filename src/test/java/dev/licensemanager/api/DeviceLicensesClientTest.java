package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.common.Cancellation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code device_licenses} and {@code floating/release} over MockWebServer: what is sent, and that every malformed
 * answer (wrong types, missing fields, huge arrays, HTML, bad signature) is a protocol error naming what is wrong,
 * never a shorter or empty list.
 */
class DeviceLicensesClientTest {
    static final String ITEM = "{\"id\":1001,\"license_type\":\"perpetual\",\"license_active\":true,"
            + "\"license_enabled\":true,\"is_expired\":false,\"license_key\":\"AAAA-BBBB-CCCC-2222\","
            + "\"is_floating_cloud\":false,\"is_borrowed\":false,\"borrowed_until\":null,\"max_activations\":3,"
            + "\"times_activated\":1,\"transfer_count\":0,\"max_transfers\":0,\"validity_period\":null,"
            + "\"customer\":{\"email\":\"c@example.com\"},\"product_details\":{\"product_id\":1,"
            + "\"product_name\":\"Key Product\",\"short_code\":\"kp\",\"authorization_method\":\"license-key\"}}";

    @RegisterExtension
    final LoopbackApi api = new LoopbackApi();
    private final MockWebServer server = api.server;
    private final OkHttpLicenseApiClient client = new OkHttpLicenseApiClient(ApiTestSupport.settings(server)
            .withMaxAttempts(1));

    private ApiResult<List<DeviceLicenseItem>> listWith(String body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
        return client.deviceLicenses("hw 1", Cancellation.none());
    }

    private static void assertWrongTypes(ApiResult<?> r, String mentions) {
        assertThat(r).isInstanceOfSatisfying(ApiResult.ProtocolError.class, p -> {
            assertThat(p.problem()).isEqualTo(ProtocolProblem.WRONG_TYPES);
            assertThat(p.snippet()).contains(mentions);
        });
    }

    @Test
    void sendsASignedGetWithTheHardwareIdAndAcceptsAMissingSignature() throws Exception {
        ApiResult<List<DeviceLicenseItem>> r = listWith("[" + ITEM + "]");
        RecordedRequest req = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(req.getMethod()).isEqualTo("GET");
        assertThat(req.getTarget()).isEqualTo("/api/v4/device_licenses?hardware_id=hw%201");
        assertThat(req.getHeaders().get("Authorization")).contains("signature=");
        assertThat(req.getHeaders().get("Date")).isNotBlank();
        assertThat(r).isInstanceOfSatisfying(ApiResult.Success.class, s -> {
            DeviceLicenseItem i = ((List<DeviceLicenseItem>) s.value()).get(0);
            assertThat(i.id()).isEqualTo(1001);
            assertThat(i.shortCode()).isEqualTo("kp");
            assertThat(i.licenseKey()).isEqualTo("AAAA-BBBB-CCCC-2222");
            assertThat(i.toString()).doesNotContain("AAAA-BBBB").contains("2222");
        });
    }

    @Test
    void aPresentSignatureMustVerify() {
        byte[] body = ("[" + ITEM + "]").getBytes(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder().addHeader("LicenseSignature",
                ApiTestSupport.sign(body, ApiTestSupport.KEYS.getPrivate())).body(new String(body, StandardCharsets.UTF_8))
                .build());
        assertThat(client.deviceLicenses("hw", Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        server.enqueue(new MockResponse.Builder().addHeader("LicenseSignature",
                ApiTestSupport.sign("[]".getBytes(StandardCharsets.UTF_8), ApiTestSupport.KEYS.getPrivate()))
                .body(new String(body, StandardCharsets.UTF_8)).build());
        assertThat(client.deviceLicenses("hw", Cancellation.none())).isInstanceOfSatisfying(ApiResult.ProtocolError.class,
                p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.SIGNATURE_INVALID));
    }

    @Test
    void emptyArrayIsARealEmptyList() {
        assertThat(listWith("[]")).isInstanceOfSatisfying(ApiResult.Success.class,
                s -> assertThat((List<?>) s.value()).isEmpty());
    }

    @Test
    void wrongTypesNameTheField() {
        assertWrongTypes(listWith("[" + ITEM.replace("\"id\":1001", "\"id\":\"1001\"") + "]"), "[0].id");
        assertWrongTypes(listWith("[" + ITEM + "," + ITEM.replace("\"license_active\":true", "\"license_active\":\"yes\"")
                + "]"), "[1].license_active");
        assertWrongTypes(listWith("{\"licenses\":[]}"), "an array");
        assertWrongTypes(listWith("[1,2]"), "[0]");
        assertWrongTypes(listWith("[" + ITEM.replace("\"product_details\":{", "\"product_details\":[{")
                .replace("}}", "}]}") + "]"), "product_details");
    }

    @Test
    void missingFieldsNeededForFreeingAreErrors() {
        assertWrongTypes(listWith("[" + ITEM.replace("\"id\":1001,", "") + "]"), "[0].id");
        assertWrongTypes(listWith("[" + ITEM.replace("\"short_code\":\"kp\",", "") + "]"), "short_code");
        assertWrongTypes(listWith("[" + ITEM.replace("\"license_key\":\"AAAA-BBBB-CCCC-2222\",", "") + "]"),
                "license_key");
        // A user-based license without a key is fine.
        assertThat(listWith("[" + ITEM.replace("\"license_key\":\"AAAA-BBBB-CCCC-2222\",",
                "\"user\":{\"email\":\"u@example.com\"},") + "]")).isInstanceOf(ApiResult.Success.class);
    }

    @Test
    void hugeArraysAreRefused() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i <= DeviceLicenseParser.MAX_ITEMS; i++) {
            b.append(i == 0 ? "" : ",").append(ITEM.replace("\"id\":1001", "\"id\":" + (i + 1)));
        }
        assertWrongTypes(listWith(b.append("]").toString()), "at most");
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; big.length() <= BodyReader.MAX_BODY_BYTES; i++) {
            big.append(i == 0 ? "" : ",").append(ITEM);
        }
        assertThat(listWith(big.append("]").toString())).isInstanceOfSatisfying(ApiResult.ProtocolError.class,
                p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.TOO_LARGE));
    }

    @Test
    void htmlAndBrokenJsonAreProtocolErrorsWithoutFullKeys() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>").build());
        assertThat(client.deviceLicenses("hw", Cancellation.none())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.HTML_PAGE));
        ApiResult<List<DeviceLicenseItem>> broken = listWith("[" + ITEM.substring(0, 150));
        assertThat(broken).isInstanceOfSatisfying(ApiResult.ProtocolError.class, p -> {
            assertThat(p.problem()).isEqualTo(ProtocolProblem.UNEXPECTED_BODY);
            assertThat(p.describe()).contains("…2222").doesNotContain("AAAA-BBBB-CCCC");
        });
    }

    @Test
    void releaseSendsTheSdkFieldsAndNeverAPassword() throws Exception {
        server.enqueue(new MockResponse.Builder().body("").build());
        ApiResult<String> r = client.floatingRelease(new ReleaseRequest("fp", "hw", new Identity.User("u@example.com",
                Secret.of("never-sent")), 77L), Cancellation.none());
        assertThat(r).isInstanceOf(ApiResult.Success.class);
        RecordedRequest req = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getTarget()).isEqualTo("/api/v4/floating/release");
        JsonNode body = new ObjectMapper().readTree(req.getBody().utf8());
        assertThat(body.get("license_id").asLong()).isEqualTo(77);
        assertThat(body.get("product").asText()).isEqualTo("fp");
        assertThat(body.get("hardware_id").asText()).isEqualTo("hw");
        assertThat(body.get("username").asText()).isEqualTo("u@example.com");
        assertThat(body.has("password")).isFalse();
        assertThat(req.getBody().utf8()).doesNotContain("never-sent");
    }

    @Test
    void releaseSuccessIsAnEmptyBodyNotAnyPage() {
        server.enqueue(new MockResponse.Builder().body("").build());
        server.enqueue(new MockResponse.Builder().body("\"\"").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<html><body>portal</body></html>").build());
        server.enqueue(new MockResponse.Builder().code(400)
                .body("{\"status\":400,\"code\":\"device_not_found\",\"message\":\"none\"}").build());
        ReleaseRequest req = new ReleaseRequest("fp", "hw", new Identity.LicenseKey("K-1"), null);
        assertThat(client.floatingRelease(req, Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        assertThat(client.floatingRelease(req, Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        assertThat(client.floatingRelease(req, Cancellation.none())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.HTML_PAGE));
        assertThat(client.floatingRelease(req, Cancellation.none())).isInstanceOfSatisfying(ApiResult.ApiError.class,
                e -> assertThat(e.code()).isEqualTo("device_not_found"));
    }

    @Test
    void badInputIsRefusedBeforeSending() {
        assertThat(client.floatingRelease(new ReleaseRequest("fp", "hw", null, null), Cancellation.none()))
                .isInstanceOf(ApiResult.Invalid.class);
        assertThat(client.floatingRelease(new ReleaseRequest("bad code!", "hw", new Identity.LicenseKey("K"), null),
                Cancellation.none())).isInstanceOf(ApiResult.Invalid.class);
        assertThat(client.deviceLicenses(" ", Cancellation.none())).isInstanceOf(ApiResult.Invalid.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
