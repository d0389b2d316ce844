package dev.licensemanager.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One injected fault on one endpoint ({@code "*"} = every /api/v4 endpoint). {@code times} limits how many
 * requests it hits (null or &lt;= 0: until cleared). See docs/sandbox.md, "Fault injection".
 *
 * @param type one of latency, hang, status, rate_limit, reset, malformed, html, skew_date, lost_response
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultSpec(String endpoint, String type, Long delayMs, Integer status, Integer retryAfterSeconds,
                        Long skewSeconds, Integer times) {

    public static FaultSpec of(String endpoint, String type) {
        return new FaultSpec(endpoint, type, null, null, null, null, null);
    }

    public FaultSpec withDelayMs(long ms) {
        return new FaultSpec(endpoint, type, ms, status, retryAfterSeconds, skewSeconds, times);
    }

    public FaultSpec withStatus(int code) {
        return new FaultSpec(endpoint, type, delayMs, code, retryAfterSeconds, skewSeconds, times);
    }

    public FaultSpec withRetryAfterSeconds(int seconds) {
        return new FaultSpec(endpoint, type, delayMs, status, seconds, skewSeconds, times);
    }

    public FaultSpec withSkewSeconds(long seconds) {
        return new FaultSpec(endpoint, type, delayMs, status, retryAfterSeconds, seconds, times);
    }

    public FaultSpec withTimes(int n) {
        return new FaultSpec(endpoint, type, delayMs, status, retryAfterSeconds, skewSeconds, n);
    }
}
