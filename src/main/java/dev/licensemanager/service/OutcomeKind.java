package dev.licensemanager.service;

/** The closed set of results a user can meet, each with its CLI exit code and dialog severity. */
public enum OutcomeKind {
    DEACTIVATED(ExitCodes.DEACTIVATED, Severity.SUCCESS),
    ALREADY_INACTIVE(ExitCodes.ALREADY_INACTIVE, Severity.INFO),
    INVALID_INPUT(ExitCodes.USAGE, Severity.WARNING),
    CREDENTIALS_REJECTED(ExitCodes.REJECTED, Severity.ERROR),
    LICENSE_PROBLEM(ExitCodes.REJECTED, Severity.ERROR),
    REJECTED(ExitCodes.REJECTED, Severity.ERROR),
    PRODUCT_PROBLEM(ExitCodes.VENDOR_CONFIG, Severity.ERROR),
    VENDOR_CONFIG_PROBLEM(ExitCodes.VENDOR_CONFIG, Severity.ERROR),
    RESPONSE_NOT_TRUSTED(ExitCodes.VENDOR_CONFIG, Severity.ERROR),
    CLOCK_SKEW(ExitCodes.CLOCK_SKEW, Severity.ERROR),
    NETWORK(ExitCodes.NETWORK, Severity.ERROR),
    RATE_LIMITED(ExitCodes.SERVER, Severity.WARNING),
    SERVER_ERROR(ExitCodes.SERVER, Severity.ERROR),
    CANCELLED(ExitCodes.UNEXPECTED, Severity.WARNING),
    UNEXPECTED(ExitCodes.UNEXPECTED, Severity.ERROR);

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
