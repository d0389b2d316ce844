package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retry rules alone, without a server: what follows each kind of attempt. */
class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration LEFT = Duration.ofSeconds(90);
    private final RetryPolicy policy = new RetryPolicy(4);

    @Test
    void aStaleConnectionIsResentAtOnceWithoutWaitingAndOnlyTwicePerAttempt() {
        RetryPolicy.Decision d = policy.afterFailure(NetworkKind.RESET, Delivery.STALE_CONNECTION, 4, 0, LEFT);
        assertThat(d.action()).as("even on the last attempt: it never reached the server")
                .isEqualTo(RetryPolicy.Action.RESEND_NOW);
        assertThat(d.delay()).isZero();
        assertThat(policy.afterFailure(NetworkKind.RESET, Delivery.STALE_CONNECTION, 1, 1, LEFT).action())
                .isEqualTo(RetryPolicy.Action.RESEND_NOW);
        assertThat(policy.afterFailure(NetworkKind.RESET, Delivery.STALE_CONNECTION, 1, 2, LEFT).action())
                .as("bounded: then it is an ordinary failure").isEqualTo(RetryPolicy.Action.RETRY);
    }

    @Test
    void aFailureOnANewConnectionIsAnOrdinaryAttemptWithBackOff() {
        for (Delivery d : new Delivery[] {Delivery.NOT_SENT, Delivery.NO_ANSWER, Delivery.ANSWER_CUT}) {
            RetryPolicy.Decision r = policy.afterFailure(NetworkKind.RESET, d, 1, 0, LEFT);
            assertThat(r.action()).as(d.name()).isEqualTo(RetryPolicy.Action.RETRY);
            assertThat(r.delay()).isEqualTo(Duration.ofMillis(250));
        }
        assertThat(policy.afterFailure(NetworkKind.RESET, Delivery.NO_ANSWER, 4, 0, LEFT).action())
                .as("the last attempt").isEqualTo(RetryPolicy.Action.STOP);
        assertThat(policy.afterFailure(NetworkKind.TLS_UNTRUSTED, Delivery.NOT_SENT, 1, 0, LEFT).action())
                .as("not transient").isEqualTo(RetryPolicy.Action.STOP);
        assertThat(policy.afterFailure(NetworkKind.READ_TIMEOUT, Delivery.NO_ANSWER, 1, 0, Duration.ofMillis(100))
                .action()).as("no time left for the back-off").isEqualTo(RetryPolicy.Action.STOP);
    }

    @Test
    void retryAfterIsHonouredExactlyNotClampedWhenItFits() {
        RetryPolicy.Decision d = policy.afterAnswer(503, "75", 1, LEFT, NOW);
        assertThat(d.action()).isEqualTo(RetryPolicy.Action.RETRY);
        assertThat(d.delay()).isEqualTo(Duration.ofSeconds(75));
        assertThat(policy.afterAnswer(429, "0", 1, LEFT, NOW).delay()).isZero();
        assertThat(policy.afterAnswer(503, "Thu, 03 Dec 2026 10:00:30 GMT", 1, LEFT, NOW).delay())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.afterAnswer(502, null, 2, LEFT, NOW).delay()).as("no Retry-After: back-off")
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void retryAfterBeyondTheTimeLeftStopsAtOnceAndSaysHowLong() {
        RetryPolicy.Decision d = policy.afterAnswer(503, "600", 1, LEFT, NOW);
        assertThat(d.action()).isEqualTo(RetryPolicy.Action.STOP_SERVER_ASKS_TOO_LONG);
        assertThat(d.delay()).isEqualTo(Duration.ofSeconds(600));
        assertThat(policy.afterAnswer(429, "99999999999999999", 1, LEFT, NOW).delay()).as("capped, no overflow")
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void answersThatAreFinalStopAndTheLastAttemptKeepsTheServersWait() {
        assertThat(policy.afterAnswer(200, null, 1, LEFT, NOW).action()).isEqualTo(RetryPolicy.Action.STOP);
        assertThat(policy.afterAnswer(400, "5", 1, LEFT, NOW).action()).isEqualTo(RetryPolicy.Action.STOP);
        RetryPolicy.Decision last = policy.afterAnswer(429, "20", 4, LEFT, NOW);
        assertThat(last.action()).isEqualTo(RetryPolicy.Action.STOP);
        assertThat(last.delay()).as("told to the user").isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void unusableRetryAfterFallsBackToTheBackOff() {
        for (String v : new String[] {"-5", "soon", "1.5", ""}) {
            assertThat(policy.afterAnswer(503, v, 1, LEFT, NOW).delay()).as(v).isEqualTo(Duration.ofMillis(250));
        }
    }
}
