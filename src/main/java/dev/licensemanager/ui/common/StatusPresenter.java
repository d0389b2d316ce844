package dev.licensemanager.ui.common;

import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.Outcome;

/**
 * How view-models reach dialogs and the clipboard, in app types only. The window's implementation is
 * {@link FxStatusPresenter}; tests record the calls.
 */
public interface StatusPresenter {

    /** Asks before sending; true means go ahead. {@code facts} may be null (SSO, or the check failed). */
    boolean confirm(ConfirmFacts facts);

    /** The status dialog for one outcome: title, text, next step, code, "Copy details". */
    void showOutcome(Outcome outcome, OutcomeContext context);

    void copyToClipboard(String text);

    /** A plain-text report (the connection test) with a copy button. */
    void showReport(String title, String text);

    /** What the confirm dialog states. */
    record ConfirmFacts(String product, String hardwareId, String credential, LicenseSummary facts,
                        Outcome checkProblem) {
    }

    /** What the outcome dialog needs besides the outcome itself. */
    record OutcomeContext(String product, String hardwareId, String algorithm, String appVersion) {
    }
}
