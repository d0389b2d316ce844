package dev.licensemanager.api;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides, after each attempt, whether and when the call is tried again. Pure: no I/O, no clock of its own, so
 * every rule is tested alone (RetryPolicyTest).
 *
 * <ul>
 *   <li>A request written into a pooled connection the server had already closed never reached the server: it is
 *   sent again at once, on a new connection, and does not use up an attempt (bounded, so a misbehaving pool cannot
 *   loop): a server that closes every connection after its answer costs one re-send per attempt.</li>
 *   <li>Transport failures that may be transient are retried after a short back-off; the others are final.</li>
 *   <li>429/500/502/503/504 are retried after the server's {@code Retry-After} (exactly, not clamped), else the
 *   back-off. When the server asks for longer than the time left, the call stops at once and says when to retry,
 *   instead of waiting for a deadline that cannot be met.</li>
 * </ul>
 */
final class RetryPolicy {
    /**
     * Re-sends of one attempt after stale connections. The re-send goes out on a new connection, which cannot be
     * stale, so one is the normal case; the second covers a connection another call returned to the pool meanwhile.
     */
    static final int MAX_RESENDS = 2;

    enum Action { RESEND_NOW, RETRY, STOP, STOP_SERVER_ASKS_TOO_LONG }

    /** {@code delay} before the next attempt; for the stop actions, the server's requested wait if it gave one. */
    record Decision(Action action, Duration delay) {
        static Decision stop() {
            return new Decision(Action.STOP, null);
        }
    }

    private final int maxAttempts;

    RetryPolicy(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** After an answer with {@code status} on attempt {@code attempt}, with {@code remaining} until the deadline. */
    Decision afterAnswer(int status, String retryAfter, int attempt, Duration remaining, Instant now) {
        if (!isRetryableStatus(status)) {
            return Decision.stop();
        }
        Duration asked = RetryAfter.requested(retryAfter, now);
        if (attempt >= maxAttempts) {
            return new Decision(Action.STOP, asked);
        }
        Duration wait = asked != null ? asked : RetryAfter.backoff(attempt);
        if (wait.compareTo(remaining) >= 0) {
            return asked != null ? new Decision(Action.STOP_SERVER_ASKS_TOO_LONG, asked) : Decision.stop();
        }
        return new Decision(Action.RETRY, wait);
    }

    /** After a transport failure of kind {@code kind} that got as far as {@code delivery}. */
    Decision afterFailure(NetworkKind kind, Delivery delivery, int attempt, int resendsSoFar, Duration remaining) {
        if (delivery == Delivery.STALE_CONNECTION && resendsSoFar < MAX_RESENDS) {
            return new Decision(Action.RESEND_NOW, Duration.ZERO);
        }
        if (!TransportErrors.retryable(kind) || attempt >= maxAttempts) {
            return Decision.stop();
        }
        Duration wait = RetryAfter.backoff(attempt);
        return wait.compareTo(remaining) < 0 ? new Decision(Action.RETRY, wait) : Decision.stop();
    }

    static boolean isRetryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }
}
