package dev.licensemanager.api;

import java.time.Duration;
import java.time.Instant;

/**
 * Facts about a whole call (all attempts): how many attempts, whether an earlier attempt's response
 * was lost after the request went out, the server's and our clock, and the request id we logged.
 */
public record CallInfo(String requestId, int attempts, boolean earlierResponseLost, Instant sentAt,
                       Instant serverDate, Duration elapsed) {

    /** Server clock minus ours, when the server sent a Date header. */
    public Duration clockOffset() {
        return serverDate == null || sentAt == null ? null : Duration.between(sentAt, serverDate);
    }

    public static CallInfo notSent(String requestId) {
        return new CallInfo(requestId, 0, false, null, null, Duration.ZERO);
    }
}
