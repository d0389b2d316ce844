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

    private ExitCodes() {
    }
}
