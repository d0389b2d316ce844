package dev.licensemanager.ui.common;

import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;

/**
 * A read-only text area (receipt, connection report) as tall as its text at its current width, so its last line
 * is never cut off and no empty rows are left; {@code maxHeight} caps it (then it scrolls).
 */
public final class TextFit {
    private TextFit() {
    }

    public static void fit(TextArea area, double maxHeight) {
        fit(area, maxHeight, () -> { });
    }

    /** {@code resized} runs after a change of height (a dialog then fits its window to it). */
    public static void fit(TextArea area, double maxHeight, Runnable resized) {
        Runnable[] again = new Runnable[1];
        boolean[] scheduled = new boolean[1];
        again[0] = () -> {
            if (scheduled[0]) {
                return;
            }
            scheduled[0] = true;
            Platform.runLater(() -> {
                scheduled[0] = false;
                if (resize(area, maxHeight)) {
                    resized.run();
                }
            });
        };
        area.textProperty().addListener(o -> again[0].run());
        area.widthProperty().addListener(o -> again[0].run());
        area.skinProperty().addListener(o -> again[0].run());
        again[0].run();
    }

    private static boolean resize(TextArea area, double maxHeight) {
        if (!(area.lookup(".scroll-pane") instanceof ScrollPane sp) || !(sp.getContent() instanceof Region text)
                || sp.getViewportBounds().getWidth() <= 0) {
            return false;
        }
        double chrome = area.snappedTopInset() + area.snappedBottomInset() + sp.snappedTopInset()
                + sp.snappedBottomInset();
        double need = Math.min(maxHeight, Math.ceil(text.prefHeight(sp.getViewportBounds().getWidth()) + chrome));
        if (Math.abs(area.getPrefHeight() - need) >= 1) {
            area.setPrefHeight(need);
            area.setMinHeight(Region.USE_PREF_SIZE);
            return true;
        }
        return false;
    }
}
