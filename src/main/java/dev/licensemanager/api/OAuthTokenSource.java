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

    /** RFC 6750 b64token: anything else cannot go into an Authorization header. */
    private static final java.util.regex.Pattern USABLE_TOKEN =
            java.util.regex.Pattern.compile("[A-Za-z0-9\\-._~+/]{1,8192}=*");

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
        try (Response resp = HttpExchange.execute(call)) {
            byte[] body = BodyReader.readCapped(resp.body());
            JsonNode node = parse(body);
            if (resp.code() == 200 && node != null && node.path("access_token").isTextual()
                    && USABLE_TOKEN.matcher(node.path("access_token").asText()).matches()) {
                // Clamped: a hostile or broken expires_in must not overflow the clock arithmetic.
                long expiresIn = node.path("expires_in").isNumber()
                        ? Math.max(0, Math.min(node.path("expires_in").asLong(), 86_400)) : 60;
                token = Secret.of(node.path("access_token").asText());
                renewAt = clock.instant().plusSeconds(expiresIn).minus(EARLY_RENEWAL);
                return new TokenResult(token, null);
            }
            String error = node != null && node.path("error").isTextual() ? node.path("error").asText() : "";
            String code = error.matches("[A-Za-z0-9_.-]{1,60}") ? "oauth_" + error : "oauth_token_failed";
            String message = node != null && node.path("error_description").isTextual()
                    ? ResponseClassifier.clip(node.path("error_description").asText())
                    : resp.code() == 200 ? "token endpoint answered without a usable access_token"
                    : "token endpoint answered HTTP " + resp.code();
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
