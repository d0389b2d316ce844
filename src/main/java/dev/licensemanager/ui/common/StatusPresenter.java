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

    /**
     * The status dialog with one more button offering another route ({@code offer} is its label);
     * true when the user chose it. Presenters without the button show the plain dialog.
     */
    default boolean showOutcomeWithOffer(Outcome outcome, OutcomeContext context, String offer) {
        showOutcome(outcome, context);
        return false;
    }

    /** Where to save a file; null when cancelled (or when the presenter cannot ask). */
    default java.nio.file.Path chooseSaveFile(String title, String initialName) {
        return null;
    }

    /**
     * Before "Free all": one question listing every seat ({@code items}, one line each); true means go ahead.
     * Presenters without such a dialog ask the plain confirm question.
     */
    default boolean confirmFreeAll(java.util.List<String> items) {
        return confirm(null);
    }

    /** After "Free all": one dialog with a line per seat and its outcome. */
    default void showSummary(String title, java.util.List<SummaryLine> lines) {
        showReport(title, String.join("\n", lines.stream().map(l -> l.item() + ": " + l.outcome().code()).toList()));
    }

    /**
     * What the confirm dialog states; {@code release} asks about giving a floating seat back instead;
     * {@code listedState} is the state line of a license from "Licenses on this computer" (null otherwise: the
     * facts then come from check_license).
     */
    record ConfirmFacts(String product, String hardwareId, String credential, LicenseSummary facts,
                        Outcome checkProblem, boolean release, String listedState) {
        public ConfirmFacts(String product, String hardwareId, String credential, LicenseSummary facts,
                            Outcome checkProblem) {
            this(product, hardwareId, credential, facts, checkProblem, false, null);
        }
    }

    /** One seat in the "Free all" summary: what it was and what happened to it. */
    record SummaryLine(String item, Outcome outcome) {
    }

    /** What the outcome dialog needs besides the outcome itself. */
    record OutcomeContext(String product, String hardwareId, String algorithm, String appVersion) {
    }
}
