package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Anything that is neither success nor an error body is a protocol error that says what came back. */
class MalformedResponseTest {
    @RegisterExtension
    final LoopbackApi api = new LoopbackApi();
    private final MockWebServer server = api.server;
    private final OkHttpLicenseApiClient client = new OkHttpLicenseApiClient(ApiTestSupport.settings(server)
            .withMaxAttempts(1));

    private ApiResult<String> deactivateWith(MockResponse response) {
        server.enqueue(response);
        return client.deactivate(DeactivateRequest.of("p", "hw", new Identity.LicenseKey("K")), Cancellation.none());
    }

    @Test
    void htmlPageFromAProxy() {
        ApiResult<String> r = deactivateWith(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><body>Access denied\u0007 by proxy</body></html>").build());
        assertThat(r).isInstanceOfSatisfying(ApiResult.ProtocolError.class, p -> {
            assertThat(p.problem()).isEqualTo(ProtocolProblem.HTML_PAGE);
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.contentType()).startsWith("text/html");
            assertThat(p.snippet()).contains("Access denied").doesNotContain("\u0007");
        });
    }

    @Test
    void emptyBody() {
        assertThat(deactivateWith(new MockResponse.Builder().body("").build())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.EMPTY_BODY));
    }

    @Test
    void truncatedErrorJson() {
        assertThat(deactivateWith(new MockResponse.Builder().code(400).body("{\"status\":400,\"code\":\"devi").build()))
                .isInstanceOfSatisfying(ApiResult.ProtocolError.class, p -> {
                    assertThat(p.problem()).isEqualTo(ProtocolProblem.UNEXPECTED_BODY);
                    assertThat(p.describe()).contains("HTTP 400").contains("devi");
                });
    }

    @Test
    void wrongTypesInErrorBody() {
        assertThat(deactivateWith(new MockResponse.Builder().code(400).body("{\"status\":\"x\",\"code\":17}").build()))
                .isInstanceOf(ApiResult.ProtocolError.class);
        assertThat(deactivateWith(new MockResponse.Builder().code(400).body("[{\"code\":\"device_not_found\"}]").build()))
                .isInstanceOf(ApiResult.ProtocolError.class);
    }

    @Test
    void unexpectedSuccessText() {
        assertThat(deactivateWith(new MockResponse.Builder().body("ok").build())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.UNEXPECTED_BODY));
    }

    @Test
    void bodyOverOneMegabyteIsCutOff() {
        Buffer big = new Buffer();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 20; i++) {
            big.write(chunk);
        }
        assertThat(deactivateWith(new MockResponse.Builder().body(big).build())).isInstanceOfSatisfying(
                ApiResult.ProtocolError.class, p -> assertThat(p.problem()).isEqualTo(ProtocolProblem.TOO_LARGE));
    }

    @Test
    void unknownErrorCodeKeepsCodeAndMessage() {
        assertThat(deactivateWith(new MockResponse.Builder().code(418)
                .body("{\"status\":418,\"code\":\"brand_new_code\",\"message\":\"Something new\"}").build()))
                .isInstanceOfSatisfying(ApiResult.ApiError.class, e -> {
                    assertThat(e.code()).isEqualTo("brand_new_code");
                    assertThat(e.message()).isEqualTo("Something new");
                });
    }

    @Test
    void wrongTypesInSignedJsonAreNamed() {
        String body = "[{\"license\":{\"id\":\"seven\"},\"user\":{}}]";
        server.enqueue(new MockResponse.Builder().body(body).addHeader("LicenseSignature",
                ApiTestSupport.sign(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ApiTestSupport.KEYS.getPrivate())).build());
        var r = client.userLicenses("p", new Identity.User("u", Secret.of("pw")), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.ProtocolError.class, p -> {
            assertThat(p.problem()).isEqualTo(ProtocolProblem.WRONG_TYPES);
            assertThat(p.snippet()).contains("'id'");
        });
    }

    @Test
    void invalidUtf8AndDeepNestingNeverThrow() {
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, '{', '}'};
        List<MockResponse> cases = List.of(
                new MockResponse.Builder().code(400).body(new Buffer().write(invalid)).build(),
                new MockResponse.Builder().code(400).body("[".repeat(5000)).build(),
                new MockResponse.Builder().code(400).body("{\"code\":\"x\"} trailing").build());
        for (MockResponse c : cases) {
            assertThat(deactivateWith(c)).isInstanceOf(ApiResult.ProtocolError.class);
        }
    }
}
