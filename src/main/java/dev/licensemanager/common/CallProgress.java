package dev.licensemanager.common;

import java.time.Duration;
import java.time.Instant;

/**
 * What a call to the license server is waiting for, reported while it runs so a face can show it (the CLI prints it
 * on stderr; the window may ignore it). Travels with the call's {@link Cancellation}, the one object every layer
 * already passes along. Called on the calling thread; implementations must be quick and must not throw.
 */
public interface CallProgress {
    CallProgress NONE = new CallProgress() {
    };

    /** Attempt {@code attempt} of at most {@code maxAttempts} of {@code operation} is sent; waits up to {@code maxWait}. */
    default void sending(String operation, int attempt, int maxAttempts, Duration maxWait) {
    }

    /**
     * The reused connection had already been closed by the server, so the request never reached it; it is sent again
     * at once on a new connection, as the same attempt.
     */
    default void resending(String operation, int attempt) {
    }

    /** Waits {@code wait} before attempt {@code nextAttempt}; {@code serverAsked}: the server's Retry-After. */
    default void waiting(String operation, Duration wait, boolean serverAsked, int nextAttempt, int maxAttempts) {
    }

    /** The server asks to wait {@code serverAsked} (until {@code retryAt}), more than the time left: stopping now. */
    default void givingUp(String operation, Duration serverAsked, Instant retryAt) {
    }

    /** The call is over (answered, failed or cancelled). */
    default void finished(String operation) {
    }
}
