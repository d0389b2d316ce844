package dev.licensemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxAuthTest {
    private final MutableClock clock = MutableClock.startingNow();
    @RegisterExtension
    final RunningSandbox sandbox = new RunningSandbox(SandboxOptions.builder(), clock);
    private final SandboxServer server = sandbox.server;
    private final TestClient client = sandbox.client;

    private HttpResponse<String> productDetails(String date, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(client.uri("product_details", Map.of("product", "demo-key")));
        if (date != null) {
            b.header("Date", date);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.GET().build());
    }

    private String hmac(String algorithm, String headers, String signature, String apikey) {
        return "algorithm=\"" + algorithm + "\",headers=\"" + headers + "\",signature=\"" + signature + "\",apikey=\"" + apikey + "\"";
    }

    @Test
    void hmacKnownAnswerMatchesOpenssl() {
        // printf 'licenseSpring\ndate: Thu, 17 Nov 2022 20:51:35 GMT' | openssl dgst -sha256 -hmac KEY -binary | base64
        String date = "Thu, 17 Nov 2022 20:51:35 GMT";
        assertThat(Hmac.base64("KEY", Hmac.signingString(date))).isEqualTo("XBcvlTLNMF2rTez4zdgZ3EfPc3NrGzXY6YWjTasJGDE=");
        assertThat(TestClient.sign("KEY", date)).isEqualTo("XBcvlTLNMF2rTez4zdgZ3EfPc3NrGzXY6YWjTasJGDE=");
        assertThat(Hmac.base64(SandboxOptions.DEFAULT_SHARED_KEY, Hmac.signingString(date)))
                .isEqualTo("5jisQKoB+h2JprU8In5egyGDBWpjFBtB1t1IYLHBEkQ=");
    }

    @Test
    void correctlySignedRequestPasses() {
        String date = client.date();
        assertThat(productDetails(date, client.authorization(date)).statusCode()).isEqualTo(200);
    }

    @Test
    void missingHeaders() {
        String date = client.date();
        HttpResponse<String> noDate = productDetails(null, client.authorization(date));
        HttpResponse<String> noAuth = productDetails(date, null);
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(TestClient.code(noDate)).isEqualTo("missing_headers");
        assertThat(TestClient.code(noAuth)).isEqualTo("missing_headers");
    }

    @Test
    void malformedAuthorizationHeaders() {
        String date = client.date();
        String sig = TestClient.sign(server.sharedKey(), date);
        assertThat(TestClient.code(productDetails(date, "garbage without pairs"))).isEqualTo("authorization_invalid_headers");
        assertThat(TestClient.code(productDetails(date, hmac("hmac-sha256", "host", sig, server.apiKey()))))
                .isEqualTo("authorization_invalid_headers");
        assertThat(TestClient.code(productDetails(date, "algorithm=\"hmac-sha256\",headers=\"date\",apikey=\"" + server.apiKey() + "\"")))
                .isEqualTo("authorization_missing_params");
        assertThat(TestClient.code(productDetails(date, hmac("rsa-sha256", "date", sig, server.apiKey()))))
                .isEqualTo("hmac_required");
    }

    @Test
    void invalidApiKeyAndSignatureMismatch() {
        String date = client.date();
        HttpResponse<String> badKey = productDetails(date, hmac("hmac-sha256", "date", TestClient.sign(server.sharedKey(), date), "nope"));
        HttpResponse<String> badSig = productDetails(date, hmac("hmac-sha256", "date", TestClient.sign("wrong-shared", date), server.apiKey()));
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(TestClient.code(badKey)).isEqualTo("invalid_api_key");
        assertThat(badSig.statusCode()).isEqualTo(SandboxBehaviour.SIGNATURE_MISMATCH_STATUS);
        assertThat(TestClient.code(badSig)).isEqualTo("signature_mismatch");
        assertThat(TestClient.tree(badSig).path("message").asText()).isNotBlank();
        assertThat(TestClient.tree(badSig).size()).isEqualTo(3);
    }

    @Test
    void skewWindowIsInclusiveBothWaysAndRejectedBeyond() {
        Duration window = SandboxBehaviour.DATE_SKEW_WINDOW;
        for (Duration offset : new Duration[] {window.minusSeconds(5), window.minusSeconds(5).negated()}) {
            String date = TestClient.date(clock.instant().plus(offset));
            assertThat(productDetails(date, client.authorization(date)).statusCode()).as("offset %s", offset).isEqualTo(200);
        }
        for (Duration offset : new Duration[] {window.plusSeconds(5), window.plusSeconds(5).negated()}) {
            String date = TestClient.date(clock.instant().plus(offset));
            HttpResponse<String> r = productDetails(date, client.authorization(date));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(TestClient.code(r)).as("offset %s", offset).isEqualTo("date_header_diff");
        }
        String bad = "yesterday-ish";
        assertThat(TestClient.code(productDetails(bad, client.authorization(bad)))).isEqualTo("date_header_diff");
    }

    @Test
    void oauthClientCredentialsTokenWorksUntilItExpires() throws Exception {
        HttpResponse<String> token = tokenRequest("grant_type=client_credentials&client_id=" + server.oauthClientId()
                + "&client_secret=" + server.oauthClientSecret());
        assertThat(token.statusCode()).isEqualTo(200);
        var body = TestClient.tree(token);
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(SandboxBehaviour.OAUTH_TOKEN_TTL.toSeconds());
        String bearer = "Bearer " + body.path("access_token").asText();

        assertThat(productDetails(client.date(), bearer).statusCode()).isEqualTo(200);
        assertThat(TestClient.code(productDetails(null, bearer))).isEqualTo("missing_headers");
        String farDate = TestClient.date(clock.instant().plus(Duration.ofHours(1)));
        assertThat(TestClient.code(productDetails(farDate, bearer))).isEqualTo("date_header_diff");

        clock.advance(SandboxBehaviour.OAUTH_TOKEN_TTL.plusSeconds(1));
        HttpResponse<String> expired = productDetails(client.date(), bearer);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(TestClient.code(expired)).isEqualTo(SandboxBehaviour.BAD_BEARER_CODE);
        assertThat(productDetails(client.date(), "Bearer made-up").statusCode()).isEqualTo(401);
    }

    @Test
    void oauthRejectsBadCredentialsAndGrant() throws Exception {
        assertThat(tokenRequest("grant_type=client_credentials&client_id=" + server.oauthClientId() + "&client_secret=wrong")
                .statusCode()).isEqualTo(401);
        assertThat(tokenRequest("grant_type=password&client_id=" + server.oauthClientId()
                + "&client_secret=" + server.oauthClientSecret()).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> tokenRequest(String form) {
        return client.send(HttpRequest.newBuilder(URI.create(server.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
