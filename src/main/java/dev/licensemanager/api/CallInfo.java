package dev.licensemanager.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Facts about a whole call (all attempts).
 *
 * @param attempts            attempts made; a request written into a pooled connection the server had already
 *                            closed is not one (it never arrived) and is re-sent at once as the same attempt
 * @param earlierResponseLost an attempt's request was completely written and its answer never arrived whole: the
 *                            server may have acted on it, nothing proves it did
 * @param earlierSuccessLost  an attempt's answer began as a success (2xx status line and headers) and was then lost:
 *                            the server provably received the request and said it acted
 * @param attemptLog          one short line per attempt (and per re-send): what happened, for support details
 * @param retryAfter          the wait the server asked for in its last answer (Retry-After), or null
 */
public record CallInfo(String requestId, int attempts, boolean earlierResponseLost, Instant sentAt,
                       Instant serverDate, Duration elapsed, boolean earlierSuccessLost, List<String> attemptLog,
                       Duration retryAfter) {

    public CallInfo {
        attemptLog = attemptLog == null ? List.of() : List.copyOf(attemptLog);
    }

    public CallInfo(String requestId, int attempts, boolean earlierResponseLost, Instant sentAt, Instant serverDate,
                    Duration elapsed) {
        this(requestId, attempts, earlierResponseLost, sentAt, serverDate, elapsed, false, List.of(), null);
    }

    /** Server clock minus ours, when the server sent a Date header. */
    public Duration clockOffset() {
        return serverDate == null || sentAt == null ? null : Duration.between(sentAt, serverDate);
    }

    public static CallInfo notSent(String requestId) {
        return new CallInfo(requestId, 0, false, null, null, Duration.ZERO);
    }
}
