package dev.licensemanager.ui.common;

import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.OutcomeText;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Before sending: the consequence in plain words plus what check_license told (activations, transfers, expiry). */
final class ConfirmDialog extends Dialog<ButtonType> {
    static final ButtonData GO = ButtonData.OK_DONE;

    ConfirmDialog(ResourceBundle b, StatusPresenter.ConfirmFacts f) {
        boolean r = f.release();
        setTitle(b.getString(r ? "confirm.release.title" : "confirm.title"));
        DialogPane pane = getDialogPane();
        pane.setId("confirmDialog");
        pane.getStyleClass().add("confirm-dialog");
        pane.setHeaderText(MessageFormat.format(b.getString(r ? "confirm.release.header" : "confirm.header"), f.product()));
        pane.setGraphic(SeverityIcon.of(dev.licensemanager.service.OutcomeKind.Severity.WARNING));
        Label consequence = wrap("confirmConsequence", MessageFormat.format(b.getString(r ? "confirm.release.consequence" : "confirm.consequence"),
                f.product()));
        Label facts = wrap("confirmFacts", String.join("\n", facts(b, f)));
        facts.getStyleClass().add("facts");
        VBox box = new VBox(10, consequence, facts);
        box.setPrefWidth(460);
        pane.setContent(box);
        buttons(b, pane, r ? "confirm.release.go" : "confirm.go");
        pane.setAccessibleText(pane.getHeaderText() + " " + consequence.getText());
    }

    /** "Free all": the consequence once, then one line per seat. */
    ConfirmDialog(ResourceBundle b, List<String> items) {
        setTitle(b.getString("confirm.all.title"));
        DialogPane pane = getDialogPane();
        pane.setId("confirmDialog");
        pane.getStyleClass().add("confirm-dialog");
        pane.setHeaderText(MessageFormat.format(b.getString("confirm.all.header"), items.size()));
        pane.setGraphic(SeverityIcon.of(dev.licensemanager.service.OutcomeKind.Severity.WARNING));
        Label consequence = wrap("confirmConsequence", b.getString("confirm.all.consequence"));
        Label facts = wrap("confirmFacts", String.join("\n", items));
        facts.getStyleClass().add("facts");
        VBox box = new VBox(10, consequence, facts);
        box.setPrefWidth(460);
        pane.setContent(box);
        buttons(b, pane, "confirm.all.go");
        pane.setAccessibleText(pane.getHeaderText() + " " + consequence.getText());
    }

    private static void buttons(ResourceBundle b, DialogPane pane, String goKey) {
        ButtonType go = new ButtonType(b.getString(goKey), GO);
        ButtonType keep = new ButtonType(b.getString("confirm.keep"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(go, keep);
        Button goButton = (Button) pane.lookupButton(go);
        goButton.setId("confirmDeactivate");
        goButton.setDefaultButton(true);
        Button keepButton = (Button) pane.lookupButton(keep);
        keepButton.setId("confirmCancel");
        keepButton.setCancelButton(true);
    }

    static List<String> facts(ResourceBundle b, StatusPresenter.ConfirmFacts f) {
        List<String> lines = new ArrayList<>();
        lines.add(MessageFormat.format(b.getString("confirm.fact.credential"), f.credential()));
        lines.add(MessageFormat.format(b.getString("confirm.fact.hardware"), OutcomeText.shortId(f.hardwareId())));
        LicenseSummary s = f.facts();
        if (s != null) {
            if (s.licenseId() != null) {
                lines.add(MessageFormat.format(b.getString("confirm.fact.license"), String.valueOf(s.licenseId()),
                        LicenseWords.type(b, s.licenseType())));
            }
            if (s.unlimitedActivations()) {
                lines.add(b.getString("confirm.fact.unlimited"));
            } else if (s.timesActivated() != null && s.maxActivations() != null) {
                lines.add(MessageFormat.format(b.getString("confirm.fact.activations"),
                        String.valueOf(s.timesActivated()), String.valueOf(s.maxActivations()),
                        String.valueOf(Math.max(0, s.timesActivated() - 1))));
            }
            if (s.transfersLeft() != null) {
                lines.add(MessageFormat.format(b.getString("confirm.fact.transfers"), String.valueOf(s.transfersLeft())));
            }
            if (f.listedState() != null) {
                // From the listing: its state, not an expiry it did not state.
                lines.add(MessageFormat.format(b.getString("confirm.fact.state"), f.listedState()));
            } else {
                lines.add(s.validUntil() == null || s.validUntil().isBlank() ? b.getString("confirm.fact.noexpiry")
                        : MessageFormat.format(b.getString("confirm.fact.expiry"), s.validUntil()));
            }
        } else if (f.checkProblem() != null) {
            lines.add(MessageFormat.format(b.getString("confirm.fact.unknown"), f.checkProblem().code()));
        } else {
            lines.add(b.getString("confirm.fact.sso"));
        }
        return lines;
    }

    private static Label wrap(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
