package dev.licensemanager.ui.common;

import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** The window's presenter: modal dialogs owned by the main window, styled with its theme. */
public final class FxStatusPresenter implements StatusPresenter {
    private final ResourceBundle bundle;
    private final OutcomeText words;
    private final Supplier<Window> owner;
    private final Theme theme;
    private final PathChooser chooser;

    public FxStatusPresenter(ResourceBundle bundle, Locale locale, Supplier<Window> owner, Theme theme) {
        this(bundle, locale, owner, theme, null);
    }

    /** {@code chooser} null: the system's save dialog. */
    public FxStatusPresenter(ResourceBundle bundle, Locale locale, Supplier<Window> owner, Theme theme,
                             PathChooser chooser) {
        this(bundle, locale, owner, theme, chooser, null);
    }

    /** {@code support}: the vendor's contact, shown in every step that says to contact support (null = none). */
    public FxStatusPresenter(ResourceBundle bundle, Locale locale, Supplier<Window> owner, Theme theme,
                             PathChooser chooser, dev.licensemanager.service.SupportContact support) {
        this.chooser = chooser;
        this.bundle = bundle;
        this.words = new OutcomeText(locale, support);
        this.owner = owner;
        this.theme = theme;
    }

    @Override
    public boolean confirm(ConfirmFacts facts) {
        ConfirmDialog d = new ConfirmDialog(bundle, facts);
        prepare(d);
        return d.showAndWait().map(t -> t.getButtonData() == ConfirmDialog.GO).orElse(false);
    }

    @Override
    public boolean confirmFreeAll(java.util.List<String> items) {
        ConfirmDialog d = new ConfirmDialog(bundle, items);
        prepare(d);
        return d.showAndWait().map(t -> t.getButtonData() == ConfirmDialog.GO).orElse(false);
    }

    @Override
    public void showSummary(String title, java.util.List<SummaryLine> lines) {
        SummaryDialog d = new SummaryDialog(bundle, words, title, lines, this::copyToClipboard);
        prepare(d);
        d.showAndWait();
    }

    @Override
    public void showOutcome(Outcome outcome, OutcomeContext ctx) {
        showOutcomeWithOffer(outcome, ctx, null);
    }

    @Override
    public boolean showOutcomeWithOffer(Outcome outcome, OutcomeContext ctx, String offer) {
        OutcomeText.Words w = words.words(outcome, ctx.product(), ctx.hardwareId());
        String hint = ctx.hardwareId() == null ? null : MessageFormat.format(bundle.getString("dialog.hardwareHint"),
                ctx.hardwareId(), ctx.algorithm());
        OutcomeDialog d = new OutcomeDialog(bundle, outcome, w, Details.of(outcome, w, ctx), hint,
                this::copyToClipboard, offer);
        prepare(d);
        return d.showAndWait().map(t -> t.getButtonData() == OutcomeDialog.OFFER).orElse(false);
    }

    @Override
    public java.nio.file.Path chooseSaveFile(String title, String initialName) {
        if (chooser != null) {
            return chooser.choose(title, initialName);
        }
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        java.io.File f = fc.showSaveDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    @Override
    public void showReport(String title, String text) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.getDialogPane().setId("reportDialog");
        d.getDialogPane().setHeaderText(title);
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
        area.setId("reportText");
        area.setEditable(false);
        // Monospaced, so the report's columns line up; as tall as the report (at most most of the screen).
        area.getStyleClass().add("report-text");
        area.setWrapText(true);
        area.setPrefWidth(640);
        TextFit.fit(area, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() * 0.7, () -> {
            if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        area.setAccessibleText(title);
        d.getDialogPane().setContent(area);
        javafx.scene.control.ButtonType copy = new javafx.scene.control.ButtonType(bundle.getString("dialog.copyDetails"),
                javafx.scene.control.ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().setAll(copy, ButtonType.CLOSE);
        javafx.scene.control.Button copyButton = (javafx.scene.control.Button) d.getDialogPane().lookupButton(copy);
        copyButton.setId("reportCopy");
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            copyToClipboard(text);
            copyButton.setText(bundle.getString("dialog.copied"));
        });
        javafx.scene.control.Button close = (javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("reportClose");
        close.setText(bundle.getString("dialog.close")); // JavaFX's own word follows the JVM's language, not the window's
        prepare(d);
        d.showAndWait();
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private void prepare(Dialog<ButtonType> d) {
        Window w = owner.get();
        if (w != null) {
            d.initOwner(w);
        }
        theme.applyTo(d.getDialogPane());
        d.setResizable(true);
    }
}
