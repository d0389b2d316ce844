package dev.licensemanager.service;

import java.util.List;

/**
 * What happened, as a value. {@code code} is the stable code support asks for (the API's own code,
 * or ours such as {@code network_dns}); {@code serverMessage} is the server's text, if any;
 * {@code detail} is technical and free of secrets; {@code retryAfterSeconds} is the wait the server asked for in
 * its last answer (Retry-After), when it gave one.
 */
public record Outcome(OutcomeKind kind, String code, String serverMessage, String detail,
                      boolean confirmedOnRetry, Long clockOffsetSeconds, int attempts, String requestId,
                      List<String> problems, Long retryAfterSeconds) {

    public Outcome(OutcomeKind kind, String code, String serverMessage, String detail, boolean confirmedOnRetry,
                   Long clockOffsetSeconds, int attempts, String requestId, List<String> problems) {
        this(kind, code, serverMessage, detail, confirmedOnRetry, clockOffsetSeconds, attempts, requestId, problems,
                null);
    }

    public Outcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
        serverMessage = serverMessage == null ? "" : serverMessage;
        detail = detail == null ? "" : detail;
    }

    public static Outcome invalid(List<String> problems) {
        return new Outcome(OutcomeKind.INVALID_INPUT, "invalid_input", "", String.join("; ", problems), false, null,
                0, null, problems);
    }

    public static Outcome of(OutcomeKind kind, String code, String detail) {
        return new Outcome(kind, code, "", detail, false, null, 0, null, List.of());
    }

    public boolean success() {
        return kind == OutcomeKind.DEACTIVATED;
    }

    public int exitCode() {
        return kind.exitCode();
    }
}
