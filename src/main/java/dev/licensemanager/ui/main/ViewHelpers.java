package dev.licensemanager.ui.main;

import java.util.ResourceBundle;
import javafx.scene.control.Tab;
import javafx.stage.FileChooser;

/** Small view-only helpers of the main window: first-field focus and the receipt's file chooser. */
final class ViewHelpers {
    private ViewHelpers() {
    }

    /** Keyboard users start typing at once: the first field of the shown tab gets the focus. */
    static void focusFirstField(Tab tab) {
        if (tab != null && tab.getContent() != null) {
            javafx.application.Platform.runLater(() -> {
                javafx.scene.Node field = tab.getContent().lookup(".text-field");
                if (field != null) {
                    field.requestFocus();
                }
            });
        }
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

    /**
     * A tab's view is as tall as its wrapped text needs at its current width. TabPane sizes its content from the
     * width-less preferred height, so wrapping labels (the key hint, longer in de/fr) were cut off otherwise.
     */
    static void fitHeightToWidth(javafx.scene.Node content) {
        if (content instanceof javafx.scene.layout.Region r) {
            r.widthProperty().addListener((o, a, w) -> {
                double h = r.prefHeight(w.doubleValue());
                if (Math.abs(r.getMinHeight() - h) > 0.5) {
                    r.setMinHeight(h);
                }
            });
        }
    }
}
