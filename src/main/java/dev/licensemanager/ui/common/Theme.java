package dev.licensemanager.ui.common;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Light or dark. JavaFX 21 cannot read the OS setting, so the start value comes from LM_THEME, the user's
 * remembered choice or a dark GTK theme name, and the header's toggle switches it.
 */
public final class Theme {
    private static final String BASE = "/dev/licensemanager/ui/app.css";
    private static final String DARK = "/dev/licensemanager/ui/dark.css";

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final String accentStyle;
    private String fontSheet;

    public Theme(Map<String, String> env) {
        this(env, null);
    }

    /** {@code accent} is the vendor's branding colour ("#rrggbb", validated by the config) or null. */
    public Theme(Map<String, String> env, String accent) {
        this(env, accent, dev.licensemanager.config.UserSettings.load(null));
    }

    /**
     * The start value: LM_THEME, else the user's last choice ({@code settings}), else a dark GTK theme name.
     * Every switch of the toggle is remembered in {@code settings}.
     */
    public Theme(Map<String, String> env, String accent, dev.licensemanager.config.UserSettings settings) {
        this.accentStyle = accent == null ? "" : "-lm-accent: " + accent + "; -lm-info: " + accent + ";";
        String t = env.getOrDefault("LM_THEME", "");
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            t = settings.theme().orElse("");
        }
        dark.set(t.equalsIgnoreCase("dark") || t.isEmpty() && gtk.contains("dark"));
        dark.addListener((o, a, d) -> settings.rememberTheme(d));
    }

    /** Names the fonts that {@code locale}'s text needs where JavaFX would not find them ({@link ScriptFonts}). */
    public Theme fontsFor(Locale locale) {
        fontSheet = ScriptFonts.stylesheet(locale).orElse(null);
        return this;
    }

    public void apply(Scene scene) {
        if (!accentStyle.isEmpty() && scene.getRoot() != null) {
            scene.getRoot().setStyle(accentStyle);
        }
        scene.getStylesheets().setAll(sheets(dark.get()));
        dark.addListener((o, a, d) -> scene.getStylesheets().setAll(sheets(d)));
    }

    /** Dialogs get the same sheets as the window. */
    public void applyTo(javafx.scene.control.DialogPane pane) {
        if (!accentStyle.isEmpty()) {
            pane.setStyle(accentStyle);
        }
        pane.getStylesheets().setAll(sheets(dark.get()));
    }

    private java.util.List<String> sheets(boolean isDark) {
        java.util.List<String> sheets = new java.util.ArrayList<>(java.util.List.of(url(BASE)));
        if (isDark) {
            sheets.add(url(DARK));
        }
        if (fontSheet != null) {
            sheets.add(fontSheet);
        }
        return sheets;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    private static String url(String path) {
        return Theme.class.getResource(path).toExternalForm();
    }
}
