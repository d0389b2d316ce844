package dev.licensemanager.ui.main;

import java.util.ResourceBundle;
import javafx.stage.FileChooser;

/** Small view-only helpers of the main window: first-field focus and the receipt's file chooser. */
final class ViewHelpers {
    private ViewHelpers() {
    }

    /** Keyboard users start typing at once: the first field of the shown form gets the focus. */
    static void focusFirstField(javafx.scene.Parent form) {
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node field = form.lookup(".text-field");
            if (field != null) {
                field.requestFocus();
            }
        });
    }

    /**
     * Ctrl+Tab / Ctrl+Shift+Tab (and Ctrl+Page Down / Up) switch the credential tab from anywhere in the window, as
     * they would inside a tab pane (the form is shown below the tab strip, not in it).
     */
    static void switchTabsByKeyboard(javafx.scene.Node window, javafx.scene.control.TabPane tabs) {
        window.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean next = e.isControlDown() && (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isShiftDown()
                    || e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN);
            boolean previous = e.isControlDown() && (e.getCode() == javafx.scene.input.KeyCode.TAB && e.isShiftDown()
                    || e.getCode() == javafx.scene.input.KeyCode.PAGE_UP);
            if (next || previous) {
                int n = tabs.getTabs().size();
                int i = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select(((next ? i + 1 : i - 1) % n + n) % n);
                e.consume();
            }
        });
    }

    /**
     * Alt+letter on a toggle or a check box must switch it. JavaFX's mnemonic only sends an action event, which
     * does not change the selection (a click does, then sends the event): when an action event arrives without a
     * change of selection before it, the mnemonic was used and the selection is flipped here.
     */
    static void toggleOnMnemonic(javafx.scene.Node control, javafx.beans.property.BooleanProperty selected) {
        boolean[] changed = new boolean[1];
        selected.addListener((o, a, b) -> changed[0] = true);
        control.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
            if (!changed[0]) {
                selected.set(!selected.get());
            }
            changed[0] = false;
        });
    }

    /** The file chooser is the view's; writing the file is the view-model's (off the FX thread). */
    static void saveReceipt(ReceiptViewModel vm, ResourceBundle bundle, javafx.stage.Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("receipt.save.title"));
        chooser.setInitialFileName(vm.receiptProperty().get().fileName());
        java.io.File dir = vm.folder() == null ? null : vm.folder().toFile();
        if (dir != null && dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        java.io.File f = chooser.showSaveDialog(owner);
        if (f != null) {
            vm.save(f.toPath());
        }
    }
}
