package dev.licensemanager.service;

/** The pre-deactivation check: the facts, or the outcome that prevented getting them. */
public record CheckResult(LicenseSummary facts, Outcome failure) {
    public boolean ok() {
        return facts != null;
    }

    /** The check already says there is nothing to free on this device. */
    public boolean deviceInactive() {
        return failure != null && failure.kind() == OutcomeKind.ALREADY_INACTIVE
                || facts != null && !facts.active();
    }
}
