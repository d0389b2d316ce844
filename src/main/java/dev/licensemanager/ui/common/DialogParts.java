package dev.licensemanager.ui.common;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** What the status dialogs (one outcome, a summary of several) share: wrapped labels and "Copy details" + OK. */
final class DialogParts {
    private DialogParts() {
    }

    /** A wrapping label that is never squeezed below its text's height. */
    static Label label(String id, String value) {
        Label l = new Label(value);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * "Copy details" on the left (it copies {@code details} and says so, leaving the dialog open) and OK, the default
     * and cancel button, with these node ids.
     */
    static void copyAndOk(DialogPane pane, ResourceBundle b, String copyId, String okId, String details,
                          Consumer<String> copy) {
        ButtonType copyType = new ButtonType(b.getString("dialog.copyDetails"), ButtonData.LEFT);
        pane.getButtonTypes().setAll(copyType, ButtonType.OK);
        Button copyButton = (Button) pane.lookupButton(copyType);
        copyButton.setId(copyId);
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            copy.accept(details);
            copyButton.setText(b.getString("dialog.copied"));
        });
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        ok.setId(okId);
        ok.setDefaultButton(true);
        ok.setCancelButton(true);
    }
}
