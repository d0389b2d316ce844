package dev.licensemanager.ui.common;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Light or dark. JavaFX 21 cannot read the OS setting, so the start value comes from LM_THEME or a
 * dark GTK theme name, and the header's toggle switches it.
 */
public final class Theme {
    private static final String BASE = "/dev/licensemanager/ui/app.css";
    private static final String DARK = "/dev/licensemanager/ui/dark.css";

    private final BooleanProperty dark = new SimpleBooleanProperty();

    public Theme(Map<String, String> env) {
        String t = env.getOrDefault("LM_THEME", "");
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        dark.set(t.equalsIgnoreCase("dark") || t.isEmpty() && gtk.contains("dark"));
    }

    public void apply(Scene scene) {
        scene.getStylesheets().setAll(url(BASE));
        if (dark.get()) {
            scene.getStylesheets().add(url(DARK));
        }
        dark.addListener((o, a, d) -> {
            scene.getStylesheets().setAll(url(BASE));
            if (d) {
                scene.getStylesheets().add(url(DARK));
            }
        });
    }

    /** Dialogs get the same sheets as the window. */
    public void applyTo(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().setAll(url(BASE));
        if (dark.get()) {
            pane.getStylesheets().add(url(DARK));
        }
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    private static String url(String path) {
        return Theme.class.getResource(path).toExternalForm();
    }
}
