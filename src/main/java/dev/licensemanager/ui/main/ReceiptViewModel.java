package dev.licensemanager.ui.main;

import java.nio.file.Path;
import java.text.MessageFormat;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The receipt of the last successful deactivation: its text, Copy, and Save (written off the FX thread). */
public final class ReceiptViewModel {
    private final WindowContext ctx;
    private final ObjectProperty<Receipt> receipt = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    ReceiptViewModel(WindowContext ctx) {
        this.ctx = ctx;
        receipt.addListener((o, a, r) -> text.set(r == null ? "" : r.text(ctx.bundle())));
    }

    public void copy() {
        if (receipt.get() != null) {
            ctx.presenter().copyToClipboard(text.get());
        }
    }

    /** Saves the receipt as text; the file chooser lives in the view. */
    public void save(Path file) {
        if (receipt.get() == null || file == null) {
            return;
        }
        String t = text.get();
        ctx.runner().run(c -> ReceiptFiles.write(file, t), saved -> status.set(MessageFormat.format(
                ctx.bundle().getString(saved ? "receipt.saved" : "receipt.notsaved"), file)),
                e -> status.set(ctx.bundle().getString("receipt.notsaved")));
    }

    public Path folder() {
        return ctx.receiptsDir();
    }

    public ObjectProperty<Receipt> receiptProperty() {
        return receipt;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
