package dev.licensemanager.service;

/** The closed set of results a user can meet, each with its CLI exit code and dialog severity. */
public enum OutcomeKind {
    DEACTIVATED(0, Severity.SUCCESS),
    ALREADY_INACTIVE(3, Severity.INFO),
    INVALID_INPUT(2, Severity.WARNING),
    CREDENTIALS_REJECTED(4, Severity.ERROR),
    LICENSE_PROBLEM(4, Severity.ERROR),
    REJECTED(4, Severity.ERROR),
    PRODUCT_PROBLEM(5, Severity.ERROR),
    VENDOR_CONFIG_PROBLEM(5, Severity.ERROR),
    RESPONSE_NOT_TRUSTED(5, Severity.ERROR),
    CLOCK_SKEW(6, Severity.ERROR),
    NETWORK(7, Severity.ERROR),
    RATE_LIMITED(8, Severity.WARNING),
    SERVER_ERROR(8, Severity.ERROR),
    CANCELLED(1, Severity.WARNING),
    UNEXPECTED(1, Severity.ERROR);

    /** How a result is presented: icon and colour in the window, prefix in the CLI. */
    public enum Severity { SUCCESS, INFO, WARNING, ERROR }

    private final int exitCode;
    private final Severity severity;

    OutcomeKind(int exitCode, Severity severity) {
        this.exitCode = exitCode;
        this.severity = severity;
    }

    public int exitCode() {
        return exitCode;
    }

    public Severity severity() {
        return severity;
    }
}
