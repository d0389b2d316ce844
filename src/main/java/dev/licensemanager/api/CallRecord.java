package dev.licensemanager.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one call has seen so far, attempt by attempt; builds the final {@link CallInfo} and picks the result to
 * report. When attempts end differently, the most informative result wins: a server answer beats a later transport
 * failure (a 502 followed by a timeout is a server problem, and the timeout is kept in the attempt log).
 */
final class CallRecord<T> {
    private final String requestId;
    private final Clock clock;
    private final Instant start;
    private final List<String> log = new ArrayList<>();
    private int attempts;
    private int resends;
    private boolean lost;
    private boolean successLost;
    private Instant sentAt;
    private Instant serverDate;
    private Duration retryAfter;
    private ApiResult<T> lastAnswer;

    CallRecord(String requestId, Clock clock) {
        this.requestId = requestId;
        this.clock = clock;
        this.start = clock.instant();
    }

    Instant start() {
        return start;
    }

    String requestId() {
        return requestId;
    }

    int attempts() {
        return attempts;
    }

    /** Re-sends of the current attempt after stale connections. */
    int resends() {
        return resends;
    }

    /** A new attempt begins (not a re-send after a stale connection). */
    int nextAttempt() {
        resends = 0;
        return ++attempts;
    }

    void sending(Instant at) {
        sentAt = at;
    }

    /** OkHttp wrote the request to the server more often than asked (a follow-up): those count as attempts too. */
    void extraSends(int n) {
        attempts += n;
        log.add("attempt " + attempts + ": the HTTP library repeated the request by itself " + n + " time(s)");
    }

    void answered(ApiResult<T> result, int status, String code, Instant serverDate, String retryAfter, long ms) {
        this.serverDate = serverDate;
        this.retryAfter = null;
        lastAnswer = result instanceof ApiResult.Success<T> ? lastAnswer : result;
        log.add("attempt " + attempts + ": HTTP " + status + (code == null || code.isBlank() ? "" : " " + code)
                + (retryAfter == null ? "" : " (Retry-After: " + clip(retryAfter) + ")") + ", " + ms + " ms");
    }

    void failed(NetworkKind kind, Delivery delivery, int answerStatus, long ms) {
        String what = switch (delivery) {
            case NOT_SENT -> kind + " before the request was completely written, so it was not received";
            case STALE_CONNECTION -> "written into a kept-alive connection the server had already closed (" + kind
                    + "), so it was not received";
            case NO_ANSWER -> kind + " after the request was written and before any answer: the server may have"
                    + " received it";
            case ANSWER_CUT -> "HTTP " + answerStatus + " began, then " + kind + " cut the answer off";
        };
        if (delivery == Delivery.NO_ANSWER || delivery == Delivery.ANSWER_CUT && (answerStatus < 400 || answerStatus >= 500)) {
            lost = true;
        }
        if (delivery == Delivery.ANSWER_CUT && answerStatus >= 200 && answerStatus < 300) {
            successLost = true;
        }
        log.add("attempt " + attempts + ": " + what + ", " + ms + " ms");
    }

    /** The attempt that hit a stale connection is sent again at once on a new connection, as the same attempt. */
    void resent() {
        resends++;
        log.add("attempt " + attempts + ": sent again at once on a new connection");
    }

    void note(String line) {
        log.add(line);
    }

    /** The wait the server asked for in the answer that ends the call (reported so the user knows when to retry). */
    void serverAsked(Duration wait) {
        retryAfter = wait;
    }

    CallInfo info() {
        return new CallInfo(requestId, attempts, lost, sentAt, serverDate, Duration.between(start, clock.instant()),
                successLost, log, retryAfter);
    }

    /** The result to report, carrying the facts of the whole call. */
    ApiResult<T> finish(ApiResult<T> last) {
        ApiResult<T> pick = last instanceof ApiResult.TransportError<T> && lastAnswer != null ? lastAnswer : last;
        return withInfo(pick, info());
    }

    static <T> ApiResult<T> withInfo(ApiResult<T> r, CallInfo info) {
        if (r instanceof ApiResult.Success<T> s) {
            return new ApiResult.Success<>(s.value(), info);
        } else if (r instanceof ApiResult.ApiError<T> e) {
            return new ApiResult.ApiError<>(e.status(), e.code(), e.message(), info);
        } else if (r instanceof ApiResult.TransportError<T> t) {
            return new ApiResult.TransportError<>(t.kind(), t.detail(), info);
        } else if (r instanceof ApiResult.ProtocolError<T> p) {
            return new ApiResult.ProtocolError<>(p.problem(), p.status(), p.contentType(), p.snippet(), info);
        } else if (r instanceof ApiResult.Invalid<T> i) {
            return new ApiResult.Invalid<>(i.problems(), info);
        }
        return new ApiResult.Cancelled<>(info);
    }

    private static String clip(String s) {
        String clean = s.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
