package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.ProductDetailsNames;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code product_details} as the window and the CLI ask it for a product's name: the request the Node SDK sends,
 * the signature it requires, and the quiet fallback to the code for every answer that does not name the product.
 */
class ProductDetailsNamesTest {
    private static final String BODY = "{\"product_id\":7,\"product_name\":\"Acme CAD\",\"short_code\":\"acme-cad\","
            + "\"authorization_method\":\"license-key\",\"allow_trial\":false,\"company\":{\"id\":1}}";
    @RegisterExtension
    final LoopbackApi api = new LoopbackApi();
    private final MockWebServer server = api.server;

    private ProductDetailsNames names() {
        return new ProductDetailsNames(new OkHttpLicenseApiClient(ApiTestSupport.settings(server).withMaxAttempts(1)));
    }

    private static MockResponse signed(String body) {
        return new MockResponse.Builder().body(body).addHeader("LicenseSignature",
                ApiTestSupport.sign(body.getBytes(StandardCharsets.UTF_8), ApiTestSupport.KEYS.getPrivate())).build();
    }

    @Test
    void aSignedAnswerNamesTheProductAndIsAskedOncePerCode() throws Exception {
        server.enqueue(signed(BODY));
        ProductDetailsNames names = names();
        assertThat(names.name("acme-cad", Cancellation.none())).contains("Acme CAD");
        assertThat(names.name("acme-cad", Cancellation.none())).as("kept for the session").contains("Acme CAD");
        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest req = server.takeRequest(2, TimeUnit.SECONDS);
        // As the Node SDK's getProductDetails: a signed GET with the product code as the only query parameter.
        assertThat(req.getMethod()).isEqualTo("GET");
        assertThat(req.getUrl().encodedPath()).isEqualTo("/api/v4/product_details");
        assertThat(req.getUrl().queryParameterNames()).containsExactly("product");
        assertThat(req.getUrl().queryParameter("product")).isEqualTo("acme-cad");
        assertThat(req.getHeaders().get("Authorization")).startsWith("algorithm=\"hmac-sha256\",headers=\"date\",");
        assertThat(req.getHeaders().get("Date")).endsWith(" GMT");
    }

    @Test
    void anUnsignedOrBadlySignedAnswerNamesNothing() {
        server.enqueue(new MockResponse.Builder().body(BODY).build());
        server.enqueue(new MockResponse.Builder().body(BODY).addHeader("LicenseSignature", ApiTestSupport.sign(
                BODY.replace("Acme CAD", "Evil CAD").getBytes(StandardCharsets.UTF_8),
                ApiTestSupport.KEYS.getPrivate())).build());
        assertThat(names().name("acme-cad", Cancellation.none())).isEmpty();
        assertThat(names().name("acme-cad", Cancellation.none())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anUnknownProductNamesNothingAndIsNotAskedAgain() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"status\":400,\"code\":\"unknown_product\",\"message\":\"Product not found.\"}").build());
        ProductDetailsNames names = names();
        assertThat(names.name("nope", Cancellation.none())).isEmpty();
        assertThat(names.name("nope", Cancellation.none())).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void malformedAnswersAndUnshowableNamesFallBackToTheCode() {
        String[] bodies = {
            "[\"Acme CAD\"]",
            "{\"product_name\":42,\"short_code\":\"p\"}",
            "{\"short_code\":\"p\"}",
            "{\"product_name\":\"   \"}",
            "{\"product_name\":\"Acme\\nCAD\"}",
            "{\"product_name\":\"Acme \\u202eDAC\"}",
            "{\"product_name\":\"" + "A".repeat(121) + "\"}",
            "{\"product_name\":\"Acme CAD\"",
        };
        for (String body : bodies) {
            server.enqueue(signed(body));
        }
        for (int i = 0; i < bodies.length; i++) {
            assertThat(names().name("p", Cancellation.none())).as(bodies[i]).isEmpty();
        }
        assertThat(server.getRequestCount()).isEqualTo(bodies.length);
    }

    @Test
    void aNetworkFailureNamesNothingButALaterAskMayStillSucceed() throws Exception {
        int port = server.getPort();
        ProductDetailsNames names = names();
        server.close();
        assertThat(names.name("acme-cad", Cancellation.none())).isEmpty();
        try (MockWebServer again = new MockWebServer()) {
            again.start(java.net.InetAddress.getLoopbackAddress(), port);
            again.enqueue(signed(BODY));
            assertThat(names.name("acme-cad", Cancellation.none())).isEqualTo(Optional.of("Acme CAD"));
        }
    }

    @Test
    void anInvalidCodeIsNeverSent() {
        assertThat(names().name("no spaces/allowed", Cancellation.none())).isEmpty();
        assertThat(names().name(null, Cancellation.none())).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }
}
