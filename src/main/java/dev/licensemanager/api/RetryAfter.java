package dev.licensemanager.api;

import java.time.Duration;
import java.time.Instant;

/** Waits between attempts: the server's {@code Retry-After} (seconds or HTTP date), else a short backoff. */
final class RetryAfter {
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private RetryAfter() {
    }

    static Duration delay(String retryAfter, int attempt, Instant now) {
        if (retryAfter != null && !retryAfter.isBlank()) {
            String v = retryAfter.strip();
            try {
                long s = Long.parseLong(v);
                return clamp(Duration.ofSeconds(Math.max(0, s)));
            } catch (NumberFormatException e) {
                var when = DateHeader.parse(v);
                if (when.isPresent()) {
                    return clamp(Duration.between(now, when.get()));
                }
            }
        }
        return backoff(attempt);
    }

    static Duration backoff(int attempt) {
        return Duration.ofMillis(Math.min(4000, 250L << Math.min(attempt - 1, 4)));
    }

    private static Duration clamp(Duration d) {
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }
}
