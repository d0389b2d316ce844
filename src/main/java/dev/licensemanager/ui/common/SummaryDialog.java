package dev.licensemanager.ui.common;

import dev.licensemanager.service.OutcomeText;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** After "Free all": one line per seat with its severity, outcome title and code; "Copy details" copies them all. */
final class SummaryDialog extends Dialog<ButtonType> {

    SummaryDialog(ResourceBundle b, OutcomeText words, String title, List<StatusPresenter.SummaryLine> lines,
                  Consumer<String> copy) {
        setTitle(title);
        DialogPane pane = getDialogPane();
        pane.setId("summaryDialog");
        pane.getStyleClass().add("summary-dialog");
        pane.setHeaderText(title);
        boolean allFreed = lines.stream().allMatch(l -> l.outcome().success());
        pane.setGraphic(SeverityIcon.of(allFreed ? dev.licensemanager.service.OutcomeKind.Severity.SUCCESS
                : dev.licensemanager.service.OutcomeKind.Severity.WARNING));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        StringBuilder details = new StringBuilder(title);
        for (int i = 0; i < lines.size(); i++) {
            StatusPresenter.SummaryLine l = lines.get(i);
            OutcomeText.Words w = words.words(l.outcome(), null, null);
            javafx.scene.Node icon = SeverityIcon.of(l.outcome().kind().severity());
            icon.setScaleX(0.6);
            icon.setScaleY(0.6);
            Label item = DialogParts.label("summaryItem" + i, l.item());
            Label result = DialogParts.label("summaryResult" + i, MessageFormat.format(b.getString("summary.line"), w.title(),
                    l.outcome().code()));
            result.setAccessibleText(l.item() + ": " + result.getText());
            grid.addRow(i, icon, item, result);
            details.append('\n').append(l.item()).append(": ").append(w.title()).append(" (").append(l.outcome().code())
                    .append(l.outcome().requestId() == null ? "" : ", request " + l.outcome().requestId()).append(')');
        }
        pane.setContent(grid);
        DialogParts.copyAndOk(pane, b, "summaryCopy", "summaryOk", details.toString(), copy);
        pane.setAccessibleText(title);
    }
}
