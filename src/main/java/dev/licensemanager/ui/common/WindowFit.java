package dev.licensemanager.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Keeps the window as tall as its content needs at its current width: no blank space below the last control
 * and nothing cut off, after every step (a receipt appears, a form with more fields is chosen, text wraps at
 * another width or in another language). The window never grows past the screen; there the body scrolls.
 */
public final class WindowFit {
    private final Stage stage;
    private final java.util.List<ScrollPane> bodies;
    private boolean scheduled;

    private WindowFit(Stage stage, java.util.List<ScrollPane> bodies) {
        this.stage = stage;
        this.bodies = bodies;
    }

    /**
     * {@code bodies} are the window's scroll panes, one per screen (only one is visible at a time); the window fits
     * the visible one's content at its preferred height.
     */
    public static void install(Stage stage, java.util.List<ScrollPane> bodies) {
        WindowFit fit = new WindowFit(stage, java.util.List.copyOf(bodies));
        for (ScrollPane body : bodies) {
            content(body).heightProperty().addListener(o -> fit.schedule());
            body.viewportBoundsProperty().addListener(o -> fit.schedule());
            body.visibleProperty().addListener(o -> fit.schedule());
        }
        stage.showingProperty().addListener(o -> fit.schedule());
    }

    private static Region content(ScrollPane body) {
        return (Region) body.getContent();
    }

    /** Once per pulse: resizing from inside a layout pass would lay out again with stale sizes. */
    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                fit();
            });
        }
    }

    private void fit() {
        ScrollPane body = bodies.stream().filter(ScrollPane::isVisible).findFirst().orElse(null);
        if (!stage.isShowing() || body == null || body.getViewportBounds().getWidth() <= 0) {
            return;
        }
        double need = content(body).prefHeight(body.getViewportBounds().getWidth());
        double delta = need - body.getViewportBounds().getHeight();
        if (Math.abs(delta) < 1) {
            return;
        }
        Rectangle2D screen = screen();
        double target = Math.min(Math.max(stage.getHeight() + delta, stage.getMinHeight()), screen.getHeight());
        if (Math.abs(target - stage.getHeight()) < 1) {
            return;
        }
        if (stage.getY() + target > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - target));
        }
        // Width too, although unchanged: JavaFX 21 on GTK passes an unset width to gtk_window_resize, which then
        // refuses ("assertion 'width > 0' failed") and the window keeps its old height while the scene assumes
        // the new one (the bottom is cut off). Seen under Xvfb; setting both sizes makes the resize happen.
        stage.setWidth(stage.getWidth());
        stage.setHeight(target);
    }

    private Rectangle2D screen() {
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), 1);
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
