package dev.licensemanager.ui.common;

import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The status dialog for one outcome: severity icon, title, plain text, next step, stable code, "Copy details". */
final class OutcomeDialog extends Dialog<ButtonType> {

    OutcomeDialog(ResourceBundle b, Outcome o, OutcomeText.Words w, String details, String hardwareHint,
                  Consumer<String> copy) {
        setTitle(w.title());
        DialogPane pane = getDialogPane();
        pane.setId("outcomeDialog");
        pane.getStyleClass().addAll("outcome-dialog", "outcome-" + o.kind().severity().name().toLowerCase(Locale.ROOT));
        pane.setHeaderText(w.title());
        pane.setGraphic(SeverityIcon.of(o.kind().severity()));
        Label text = label("outcomeText", w.text());
        Label next = label("outcomeNext", MessageFormat.format(b.getString("dialog.next"), w.next()));
        next.getStyleClass().add("next-step");
        Label code = label("outcomeCode", MessageFormat.format(b.getString("dialog.code"), o.code()));
        code.getStyleClass().add("code");
        VBox box = new VBox(10, text, next, code);
        if (o.kind() == OutcomeKind.ALREADY_INACTIVE && hardwareHint != null) {
            box.getChildren().add(2, label("outcomeHardware", hardwareHint));
        }
        box.setPrefWidth(460);
        pane.setContent(box);
        ButtonType copyType = new ButtonType(b.getString("dialog.copyDetails"), ButtonData.LEFT);
        pane.getButtonTypes().setAll(copyType, ButtonType.OK);
        Button copyButton = (Button) pane.lookupButton(copyType);
        copyButton.setId("copyDetails");
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            copy.accept(details);
            copyButton.setText(b.getString("dialog.copied"));
        });
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        ok.setId("outcomeOk");
        ok.setDefaultButton(true);
        ok.setCancelButton(true);
        pane.setAccessibleText(w.title() + ". " + w.text());
    }

    private static Label label(String id, String value) {
        Label l = new Label(value);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
