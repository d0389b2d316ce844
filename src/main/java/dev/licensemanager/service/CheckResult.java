package dev.licensemanager.service;

/** The pre-deactivation check: the facts, or the outcome that prevented getting them. */
public record CheckResult(LicenseSummary facts, Outcome failure) {
    /**
     * The one rule, for the window and the CLI alike: a check that failed in a way the deactivation would fail too,
     * or whose answer could not be verified, stops there; nothing more is sent. (An unverifiable answer is never
     * used: not as facts, and not as a reason to go on.) Other failures (the license's state, an unknown code)
     * leave the decision to the user, with the failure shown.
     */
    private static final java.util.Set<OutcomeKind> STOP = java.util.EnumSet.of(OutcomeKind.NETWORK,
            OutcomeKind.CREDENTIALS_REJECTED, OutcomeKind.CLOCK_SKEW, OutcomeKind.VENDOR_CONFIG_PROBLEM,
            OutcomeKind.PRODUCT_PROBLEM, OutcomeKind.CANCELLED, OutcomeKind.RESPONSE_NOT_TRUSTED,
            OutcomeKind.RATE_LIMITED, OutcomeKind.SERVER_ERROR, OutcomeKind.INVALID_INPUT, OutcomeKind.UNEXPECTED);

    /** Whether the deactivation must not be sent after this check (see {@link #STOP}). */
    public boolean stopsDeactivation() {
        return failure != null && STOP.contains(failure.kind());
    }

    public boolean ok() {
        return facts != null;
    }

    /** The check already says there is nothing to free on this device. */
    public boolean deviceInactive() {
        return failure != null && failure.kind() == OutcomeKind.ALREADY_INACTIVE
                || facts != null && !facts.active();
    }
}
