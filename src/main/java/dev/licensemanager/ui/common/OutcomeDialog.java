package dev.licensemanager.ui.common;

import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The status dialog for one outcome: severity icon, title, plain text, next step, stable code, "Copy details". */
final class OutcomeDialog extends Dialog<ButtonType> {

    /** The "offer" button's type (another route, e.g. the offline request); absent when no offer is made. */
    static final ButtonData OFFER = ButtonData.OTHER;

    OutcomeDialog(ResourceBundle b, Outcome o, OutcomeText.Words w, String details, String hardwareHint,
                  Consumer<String> copy) {
        this(b, o, w, details, hardwareHint, copy, null);
    }

    OutcomeDialog(ResourceBundle b, Outcome o, OutcomeText.Words w, String details, String hardwareHint,
                  Consumer<String> copy, String offer) {
        setTitle(w.title());
        DialogPane pane = getDialogPane();
        pane.setId("outcomeDialog");
        pane.getStyleClass().addAll("outcome-dialog", "outcome-" + o.kind().severity().name().toLowerCase(Locale.ROOT));
        pane.setHeaderText(w.title());
        pane.setGraphic(SeverityIcon.of(o.kind().severity()));
        Label text = DialogParts.label("outcomeText", w.text());
        Label next = DialogParts.label("outcomeNext", MessageFormat.format(b.getString("dialog.next"), w.next()));
        next.getStyleClass().add("next-step");
        Label code = DialogParts.label("outcomeCode", MessageFormat.format(b.getString("dialog.code"), o.code()));
        code.getStyleClass().add("code");
        VBox box = new VBox(10, text, next, code);
        if (o.kind() == OutcomeKind.ALREADY_INACTIVE && hardwareHint != null) {
            box.getChildren().add(2, DialogParts.label("outcomeHardware", hardwareHint));
        }
        box.setPrefWidth(460);
        pane.setContent(box);
        DialogParts.copyAndOk(pane, b, "copyDetails", "outcomeOk", details, copy);
        if (offer != null) {
            ButtonType offerType = new ButtonType(offer, OFFER);
            pane.getButtonTypes().add(1, offerType);
            pane.lookupButton(offerType).setId("offerOffline");
        }
        pane.setAccessibleText(w.title() + ". " + w.text());
    }
}
