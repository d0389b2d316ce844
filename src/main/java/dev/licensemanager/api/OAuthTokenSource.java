package dev.licensemanager.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OAuth client-credentials tokens for the License API, cached until shortly before
 * {@code expires_in} runs out (LicenseSpring's SDK drops it 500 ms early; we allow a few seconds
 * for a slow round trip). No refresh token exists: a new one is simply requested.
 */
final class OAuthTokenSource {
    static final Duration EARLY_RENEWAL = Duration.ofSeconds(5);

    /** A token, or why none could be had (an outcome the client reports, not an exception). */
    record TokenResult(Secret token, ApiResult<Object> failure) {
    }

    private final ApiAuth.OAuthClient auth;
    private final ObjectMapper mapper;
    private final Clock clock;
    private Secret token;
    private Instant renewAt = Instant.MIN;

    OAuthTokenSource(ApiAuth.OAuthClient auth, ObjectMapper mapper, Clock clock) {
        this.auth = auth;
        this.mapper = mapper;
        this.clock = clock;
    }

    synchronized TokenResult token(OkHttpClient http, CallInfo info, java.util.function.Consumer<Call> register)
            throws IOException {
        if (token != null && clock.instant().isBefore(renewAt)) {
            return new TokenResult(token, null);
        }
        Request req = new Request.Builder().url(auth.tokenUrl())
                .post(new FormBody.Builder().add("grant_type", "client_credentials")
                        .add("client_id", auth.clientId()).add("client_secret", auth.clientSecret().reveal()).build())
                .header("Accept", "application/json").build();
        Call call = http.newCall(req);
        register.accept(call);
        try (Response resp = call.execute()) {
            byte[] body = BodyReader.readCapped(resp.body());
            JsonNode node = parse(body);
            if (resp.code() == 200 && node != null && node.path("access_token").isTextual()) {
                long expiresIn = node.path("expires_in").isNumber() ? node.path("expires_in").asLong() : 60;
                token = Secret.of(node.path("access_token").asText());
                renewAt = clock.instant().plusSeconds(expiresIn).minus(EARLY_RENEWAL);
                return new TokenResult(token, null);
            }
            String code = node != null && node.path("error").isTextual() ? "oauth_" + node.path("error").asText()
                    : "oauth_token_failed";
            String message = node != null && node.path("error_description").isTextual()
                    ? node.path("error_description").asText() : "token endpoint answered HTTP " + resp.code();
            return new TokenResult(null, new ApiResult.ApiError<>(resp.code(), code, message, info));
        }
    }

    synchronized void invalidate() {
        token = null;
        renewAt = Instant.MIN;
    }

    private JsonNode parse(byte[] body) {
        if (body == null) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
