package dev.licensemanager.api;

import dev.licensemanager.common.CallProgress;
import dev.licensemanager.common.Cancellation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call: attempts, one at a time ({@link #attempt}), and what follows each one, decided by the
 * {@link RetryPolicy}, inside a total deadline. OkHttp itself never repeats a request: retryOnConnectionFailure is
 * off, redirects are not followed, and {@link #keepRetryAfterFromOkHttp} hides {@code Retry-After} from OkHttp (a 503
 * with {@code Retry-After: 0} would otherwise be re-sent behind the attempt count). Logs method, path, status, code,
 * duration and request id, never headers, queries or bodies.
 */
final class HttpExchange {
    private static final Logger LOG = LoggerFactory.getLogger("dev.licensemanager.api.requests");
    static final MediaType JSON = MediaType.get("application/json");
    /** Where {@link #keepRetryAfterFromOkHttp} keeps the server's Retry-After, out of OkHttp's sight. */
    static final String RETRY_AFTER_KEPT = "X-License-Manager-Retry-After";

    private final OkHttpClient http;
    private final ClientSettings settings;
    private final OAuthTokenSource oauth;

    HttpExchange(OkHttpClient http, ClientSettings settings, OAuthTokenSource oauth) {
        this.http = http;
        this.settings = settings;
        this.oauth = oauth;
    }

    /** What one attempt ended in: an answer (status &gt;= 0), a transport failure, or a result that ends the call. */
    private record Step<T>(ApiResult<T> result, int status, String retryAfter, NetworkKind kind, Delivery delivery,
                           boolean last) {
    }

    <T> ApiResult<T> run(String method, String endpoint, HttpUrl url, RequestBody body,
                         BiFunction<RawResponse, CallInfo, ApiResult<T>> classify, Cancellation cancel) {
        CallProgress progress = cancel.progress();
        CallRecord<T> call = new CallRecord<>(UUID.randomUUID().toString(), settings.clock());
        Instant deadlineAt = call.start().plus(settings.deadline());
        RetryPolicy policy = new RetryPolicy(settings.maxAttempts());
        boolean resend = false;
        try {
            while (true) {
                if (cancel.isCancelled()) {
                    return new ApiResult.Cancelled<>(call.info());
                }
                Duration remaining = Duration.between(settings.clock().instant(), deadlineAt);
                if (remaining.isNegative() || remaining.isZero()) {
                    return call.finish(new ApiResult.TransportError<>(NetworkKind.DEADLINE,
                            "deadline of " + settings.deadline().toSeconds() + " s passed", call.info()));
                }
                Duration maxWait = min(settings.attemptTimeout(), remaining);
                if (resend) {
                    progress.resending(endpoint, call.attempts());
                } else {
                    progress.sending(endpoint, call.nextAttempt(), settings.maxAttempts(), maxWait);
                }
                Step<T> step = attempt(method, endpoint, url, body, classify, cancel, call, maxWait);
                if (step.last()) {
                    return step.result();
                }
                if (step.status() == 401 && oauth != null && call.attempts() == 1) {
                    oauth.invalidate(); // a stale token: one more attempt with a new one, at once
                    continue;
                }
                remaining = Duration.between(settings.clock().instant(), deadlineAt);
                RetryPolicy.Decision d = step.status() >= 0
                        ? policy.afterAnswer(step.status(), step.retryAfter(), call.attempts(), remaining,
                                settings.clock().instant())
                        : policy.afterFailure(step.kind(), step.delivery(), call.attempts(), call.resends(), remaining);
                resend = d.action() == RetryPolicy.Action.RESEND_NOW;
                if (resend) {
                    call.resent();
                    // Every idle pooled connection may be as dead as the one that failed: the re-send gets a new one.
                    http.connectionPool().evictAll();
                    continue;
                }
                if (d.action() != RetryPolicy.Action.RETRY) {
                    return stop(call, step, d, remaining, progress, endpoint);
                }
                progress.waiting(endpoint, d.delay(), step.status() >= 0 && step.retryAfter() != null,
                        call.attempts() + 1, settings.maxAttempts());
                if (cancel.awaitCancel(d.delay())) {
                    return new ApiResult.Cancelled<>(call.info());
                }
            }
        } finally {
            progress.finished(endpoint);
        }
    }

    private <T> ApiResult<T> stop(CallRecord<T> call, Step<T> step, RetryPolicy.Decision d, Duration remaining,
                                  CallProgress progress, String endpoint) {
        if (d.delay() != null) {
            call.serverAsked(d.delay());
        }
        if (d.action() == RetryPolicy.Action.STOP_SERVER_ASKS_TOO_LONG) {
            call.note("the server asks to wait " + d.delay().toSeconds() + " s before the next attempt, more than the "
                    + Math.max(0, remaining.toSeconds()) + " s left: stopped at once");
            progress.givingUp(endpoint, d.delay(), settings.clock().instant().plus(d.delay()));
        }
        return call.finish(step.result());
    }

    /** One attempt: one request written once, on one connection; what came of it. */
    private <T> Step<T> attempt(String method, String endpoint, HttpUrl url, RequestBody body,
                                BiFunction<RawResponse, CallInfo, ApiResult<T>> classify, Cancellation cancel,
                                CallRecord<T> call, Duration maxWait) {
        SendTracker tracker = new SendTracker(body != null);
        OkHttpClient attemptClient = http.newBuilder().eventListener(tracker).callTimeout(maxWait).build();
        Instant sentAt = settings.clock().instant();
        call.sending(sentAt);
        long t0 = System.nanoTime();
        try {
            String date = DateHeader.format(sentAt);
            AuthHeader auth = authorization(http.newBuilder().callTimeout(maxWait).build(), date, call.info(), cancel);
            if (auth.failure() != null) {
                log("POST", "(oauth token)", String.valueOf(auth.failure().status()), auth.failure().code(), t0,
                        call.requestId(), call.attempts());
                return last(call.finish(new ApiResult.ApiError<>(auth.failure().status(), auth.failure().code(),
                        auth.failure().message(), call.info())));
            }
            Request.Builder rb = new Request.Builder().url(url)
                    .header("Date", date)
                    .header("Authorization", auth.value())
                    .header("Accept", "application/json")
                    .header("X-Request-Id", call.requestId())
                    .header("User-Agent", "license-manager");
            rb.method(method, body);
            if (body == null) {
                rb.header("Content-Type", "application/json");
            }
            Call c = attemptClient.newCall(rb.build());
            cancel.onCancel(c::cancel);
            RawResponse raw;
            Instant serverDate;
            try (Response resp = execute(c)) {
                String retryAfter = resp.header(RETRY_AFTER_KEPT) != null ? resp.header(RETRY_AFTER_KEPT)
                        : resp.header("Retry-After");
                raw = new RawResponse(resp.code(), resp.header("Content-Type"), BodyReader.readCapped(resp.body()),
                        resp.header("LicenseSignature"), retryAfter);
                serverDate = DateHeader.parse(resp.header("Date")).orElse(null);
            }
            if (tracker.requestsWritten() > 1) {
                call.extraSends(tracker.requestsWritten() - 1);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (raw.status() == 407) {
                log(method, endpoint, "407", "proxy_auth", t0, call.requestId(), call.attempts());
                call.note("attempt " + call.attempts() + ": HTTP 407 from the proxy, " + ms + " ms");
                return last(call.finish(new ApiResult.TransportError<>(NetworkKind.PROXY_AUTH,
                        "proxy requires authentication", call.info())));
            }
            ApiResult<T> result = classify.apply(raw, call.info());
            log(method, endpoint, String.valueOf(raw.status()), codeOf(result), t0, call.requestId(), call.attempts());
            call.answered(result, raw.status(), codeOf(result), serverDate, raw.retryAfter(), ms);
            boolean retryable = RetryPolicy.isRetryableStatus(raw.status())
                    || raw.status() == 401 && oauth != null && call.attempts() == 1;
            return new Step<>(retryable ? result : call.finish(result), raw.status(), raw.retryAfter(), null, null,
                    !retryable);
        } catch (IOException e) {
            if (cancel.isCancelled()) {
                return last(new ApiResult.Cancelled<>(call.info()));
            }
            Delivery delivery = tracker.delivery(e);
            NetworkKind kind = TransportErrors.classify(e, tracker.written(), tracker.viaProxy());
            log(method, endpoint, "-", kind.name() + " " + delivery.name().toLowerCase(java.util.Locale.ROOT), t0,
                    call.requestId(), call.attempts());
            call.failed(kind, delivery, tracker.answerStatus(), (System.nanoTime() - t0) / 1_000_000);
            return new Step<>(new ApiResult.TransportError<>(kind, TransportErrors.describe(kind, e), call.info()), -1,
                    null, kind, delivery, false);
        }
    }

    private static <T> Step<T> last(ApiResult<T> result) {
        return new Step<>(result, -1, null, null, null, true);
    }

    /**
     * A network interceptor: moves {@code Retry-After} out of OkHttp's sight, because OkHttp's follow-up logic
     * repeats a 503 that carries {@code Retry-After: 0} by itself; the {@link RetryPolicy} reads it instead.
     */
    static Response keepRetryAfterFromOkHttp(Interceptor.Chain chain) throws IOException {
        Response r = chain.proceed(chain.request());
        String retryAfter = r.header("Retry-After");
        return retryAfter == null ? r
                : r.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER_KEPT, retryAfter).build();
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
