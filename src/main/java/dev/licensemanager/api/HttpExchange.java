package dev.licensemanager.api;

import dev.licensemanager.common.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call with its retries, inside a total deadline. Retries only where safe: failures
 * before the request went out, lost responses (deactivation is idempotent in effect), and
 * 429/500/502/503/504 honouring {@code Retry-After}. Logs method, path, status, code, duration and
 * request id, never headers, queries or bodies.
 */
final class HttpExchange {
    private static final Logger LOG = LoggerFactory.getLogger("dev.licensemanager.api.requests");
    static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final ClientSettings settings;
    private final OAuthTokenSource oauth;

    HttpExchange(OkHttpClient http, ClientSettings settings, OAuthTokenSource oauth) {
        this.http = http;
        this.settings = settings;
        this.oauth = oauth;
    }

    <T> ApiResult<T> run(String method, String endpoint, HttpUrl url, RequestBody body,
                         BiFunction<RawResponse, CallInfo, ApiResult<T>> classify, Cancellation cancel) {
        String requestId = UUID.randomUUID().toString();
        Instant start = settings.clock().instant();
        Instant deadlineAt = start.plus(settings.deadline());
        boolean lost = false;
        ApiResult<T> last = null;
        Instant sentAt = null;
        for (int attempt = 1; ; attempt++) {
            if (cancel.isCancelled()) {
                return new ApiResult.Cancelled<>(info(requestId, attempt - 1, lost, sentAt, null, start));
            }
            Duration remaining = Duration.between(settings.clock().instant(), deadlineAt);
            if (remaining.isNegative() || remaining.isZero()) {
                return last != null ? last : new ApiResult.TransportError<>(NetworkKind.DEADLINE,
                        "deadline of " + settings.deadline().toSeconds() + " s passed",
                        info(requestId, attempt - 1, lost, sentAt, null, start));
            }
            SendTracker tracker = new SendTracker(body != null);
            OkHttpClient attemptClient = http.newBuilder().eventListener(tracker)
                    .callTimeout(min(settings.attemptTimeout(), remaining)).build();
            sentAt = settings.clock().instant();
            long t0 = System.nanoTime();
            try {
                String date = DateHeader.format(sentAt);
                CallInfo preInfo = info(requestId, attempt, lost, sentAt, null, start);
                AuthHeader auth = authorization(attemptClient, date, preInfo, cancel);
                if (auth.failure() != null) {
                    log("POST", "(oauth token)", String.valueOf(auth.failure().status()), auth.failure().code(), t0,
                            requestId, attempt);
                    return new ApiResult.ApiError<>(auth.failure().status(), auth.failure().code(),
                            auth.failure().message(), preInfo);
                }
                String authorization = auth.value();
                Request.Builder rb = new Request.Builder().url(url)
                        .header("Date", date)
                        .header("Authorization", authorization)
                        .header("Accept", "application/json")
                        .header("X-Request-Id", requestId)
                        .header("User-Agent", "license-manager");
                rb.method(method, body);
                if (body == null) {
                    rb.header("Content-Type", "application/json");
                }
                Call call = attemptClient.newCall(rb.build());
                cancel.onCancel(call::cancel);
                RawResponse raw;
                Instant serverDate;
                try (Response resp = execute(call)) {
                    raw = new RawResponse(resp.code(), resp.header("Content-Type"), BodyReader.readCapped(resp.body()),
                            resp.header("LicenseSignature"), resp.header("Retry-After"));
                    serverDate = DateHeader.parse(resp.header("Date")).orElse(null);
                }
                CallInfo info = info(requestId, attempt, lost, sentAt, serverDate, start);
                if (raw.status() == 407) {
                    log(method, endpoint, "407", "proxy_auth", t0, requestId, attempt);
                    return new ApiResult.TransportError<>(NetworkKind.PROXY_AUTH, "proxy requires authentication", info);
                }
                ApiResult<T> result = classify.apply(raw, info);
                log(method, endpoint, String.valueOf(raw.status()), codeOf(result), t0, requestId, attempt);
                if (raw.status() == 401 && oauth != null && attempt == 1) {
                    oauth.invalidate();
                    last = result;
                    continue;
                }
                if (isRetryableStatus(raw.status()) && attempt < settings.maxAttempts()) {
                    Duration wait = RetryAfter.delay(raw.retryAfter(), attempt, settings.clock().instant());
                    if (wait.compareTo(Duration.between(settings.clock().instant(), deadlineAt)) < 0) {
                        last = result;
                        if (cancel.awaitCancel(wait)) {
                            return new ApiResult.Cancelled<>(info);
                        }
                        continue;
                    }
                }
                return result;
            } catch (IOException e) {
                boolean sent = tracker.sent();
                lost |= sent;
                CallInfo info = info(requestId, attempt, lost, sentAt, null, start);
                if (cancel.isCancelled()) {
                    return new ApiResult.Cancelled<>(info);
                }
                NetworkKind kind = TransportErrors.classify(e, sent, tracker.viaProxy());
                log(method, endpoint, "-", kind.name(), t0, requestId, attempt);
                last = new ApiResult.TransportError<>(kind, TransportErrors.describe(kind, e), info);
                if (!TransportErrors.retryable(kind) || attempt >= settings.maxAttempts()) {
                    return last;
                }
                if (cancel.awaitCancel(RetryAfter.backoff(attempt))) {
                    return new ApiResult.Cancelled<>(info);
                }
            }
        }
    }

    /**
     * OkHttp itself can throw unchecked exceptions on hostile answers (e.g. a 503 whose Retry-After overflows an
     * int throws NumberFormatException); those are unreadable responses, reported like any broken exchange.
     */
    static Response execute(Call call) throws IOException {
        try {
            return call.execute();
        } catch (RuntimeException e) {
            throw new java.net.ProtocolException("unreadable response (" + e.getClass().getSimpleName() + ")");
        }
    }

    private record AuthHeader(String value, ApiResult.ApiError<?> failure) {
    }

    private AuthHeader authorization(OkHttpClient client, String date, CallInfo info, Cancellation cancel)
            throws IOException {
        if (settings.auth() instanceof ApiAuth.ApiKey k) {
            return new AuthHeader(HmacSigner.authorization(k.apiKey(), k.sharedKey(), date), null);
        }
        OAuthTokenSource.TokenResult t = oauth.token(client, info, call -> cancel.onCancel(call::cancel));
        return t.token() == null ? new AuthHeader(null, (ApiResult.ApiError<?>) t.failure())
                : new AuthHeader("Bearer " + t.token().reveal(), null);
    }

    private static boolean isRetryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static String codeOf(ApiResult<?> r) {
        if (r instanceof ApiResult.ApiError<?> e) {
            return e.code();
        }
        if (r instanceof ApiResult.ProtocolError<?> p) {
            return p.problem().name();
        }
        return r instanceof ApiResult.Success<?> ? "ok" : "-";
    }

    private void log(String method, String endpoint, String status, String code, long t0, String id, int attempt) {
        LOG.info("{} /api/v4/{} -> {} {} in {} ms [req {} attempt {}]", method, endpoint, status, code,
                (System.nanoTime() - t0) / 1_000_000, id, attempt);
    }

    private CallInfo info(String id, int attempts, boolean lost, Instant sentAt, Instant serverDate, Instant start) {
        return new CallInfo(id, attempts, lost, sentAt, serverDate, Duration.between(start, settings.clock().instant()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
