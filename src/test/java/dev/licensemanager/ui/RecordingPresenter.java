package dev.licensemanager.ui;

import dev.licensemanager.service.Outcome;
import dev.licensemanager.ui.common.StatusPresenter;
import java.util.ArrayList;
import java.util.List;

/** Presenter double: answers confirm with {@link #answer}, records dialogs and clipboard text. */
public final class RecordingPresenter implements StatusPresenter {
    public boolean answer = true;
    public final List<ConfirmFacts> confirms = new ArrayList<>();
    public final List<Outcome> outcomes = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();

    @Override
    public boolean confirm(ConfirmFacts facts) {
        confirms.add(facts);
        return answer;
    }

    @Override
    public void showOutcome(Outcome outcome, OutcomeContext context) {
        outcomes.add(outcome);
    }

    public final List<String> reports = new ArrayList<>();

    @Override
    public void showReport(String title, String text) {
        reports.add(title + "\n" + text);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }

    public Outcome last() {
        return outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
    }
}
