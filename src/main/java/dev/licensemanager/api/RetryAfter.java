package dev.licensemanager.api;

import java.time.Duration;
import java.time.Instant;

/** The server's {@code Retry-After} (seconds or HTTP date), and our own short back-off between attempts. */
final class RetryAfter {
    /** Longer than any deadline the tool allows; keeps hostile values from overflowing the arithmetic. */
    private static final Duration CEILING = Duration.ofDays(1);

    private RetryAfter() {
    }

    /** What the server asks for, exactly (never negative, at most a day), or null when it asked nothing usable. */
    static Duration requested(String retryAfter, Instant now) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return null;
        }
        String v = retryAfter.strip();
        if (v.matches("[0-9]{1,18}")) {
            return cap(Duration.ofSeconds(Long.parseLong(v)));
        }
        return DateHeader.parse(v).map(when -> cap(Duration.between(now, when))).orElse(null);
    }

    static Duration backoff(int attempt) {
        return Duration.ofMillis(Math.min(4000, 250L << Math.min(Math.max(attempt, 1) - 1, 4)));
    }

    private static Duration cap(Duration d) {
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(CEILING) > 0 ? CEILING : d;
    }
}
