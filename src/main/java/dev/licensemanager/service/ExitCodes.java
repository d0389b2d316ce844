package dev.licensemanager.service;

/**
 * The documented exit codes (README, "Exit codes"), defined once: {@link OutcomeKind} gives each result its code
 * from here, and the CLI uses these names for what is not an outcome (usage errors, "ok").
 */
public final class ExitCodes {
    public static final int DEACTIVATED = 0;
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int ALREADY_INACTIVE = 3;
    public static final int REJECTED = 4;
    public static final int VENDOR_CONFIG = 5;
    public static final int CLOCK_SKEW = 6;
    public static final int NETWORK = 7;
    public static final int SERVER = 8;

    // Each command's exit codes as its --help states them; docs/support.md lists the same words ("CLI exit codes"),
    // and cli.DocsMatchProductTest keeps the two equal.
    public static final String DEACTIVATE_CODES = "Exit codes: 0 deactivated, 1 unexpected, 2 invalid input (nothing sent), "
            + "3 already inactive, 4 rejected, 5 vendor configuration, 6 clock skew, 7 network/TLS/proxy, "
            + "8 server error or rate limit.";
    public static final String DOCTOR_CODES = "Exit codes: 0 no problem (warnings allowed), 1 unexpected, 2 invalid option, "
            + "5 vendor configuration incomplete, 6 clock skew, 7 network/TLS/proxy.";
    public static final String OFFLINE_CODES = "Exit codes: 0 written, 1 could not write, 2 invalid input, 5 vendor "
            + "configuration; with --send also 3, 4, 6, 7, 8 as for deactivate.";
    public static final String SUPPORT_BUNDLE_CODES = "Exit codes: 0 written, 1 could not write, 2 invalid option.";
    public static final String LICENSES_CODES = "Exit codes: 0 listed, 1 unexpected, 2 invalid input, 4 rejected, "
            + "5 vendor configuration, 6 clock skew, 7 network/TLS/proxy, 8 server error or rate limit.";
    public static final String HARDWARE_ID_CODES = "Exit codes: 0 printed, 1 could not compute (reason on stderr), "
            + "2 invalid option or --algorithm.";

    private ExitCodes() {
    }
}
