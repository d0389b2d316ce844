package dev.licensemanager.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the scene graph of every showing window (whatever screen is shown, so new screens are covered without
 * naming their controls) and reports what a user would see as broken layout:
 * <ul>
 *   <li>a visible control or layout pane that is not fully inside its parent control or pane (clipped);</li>
 *   <li>a control squeezed below its minimum size (e.g. a chooser shown as a sliver);</li>
 *   <li>a label or button whose text is cut to "…";</li>
 *   <li>a read-only text area that needs scrolling to show its last lines;</li>
 *   <li>a tab pane taller than its shown tab needs (blank space left by another tab);</li>
 *   <li>a scroll pane whose content is shorter than its viewport by more than {@link #SLACK} (dead space), or
 *       taller although the window could still grow on the screen.</li>
 * </ul>
 * Content inside a scroll pane may extend past the viewport when the window is as tall as the screen allows;
 * that is what the scroll pane is for.
 */
public final class LayoutCheck {
    /** Tolerance for pixel snapping (0.5 px at 200 %). */
    private static final double EPS = 1.0;
    /** Blank space allowed at the bottom of a scroll pane or a tab before it counts as dead space. */
    static final double SLACK = 24;

    private LayoutCheck() {
    }

    /** Fails with every problem found, naming the step of the flow. */
    public static void assertClean(String step) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems;
        try {
            problems = WaitForAsyncUtils.asyncFx(LayoutCheck::problems).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("layout check failed to run at step '" + step + "'", e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("layout problems at step '" + step + "':\n  " + String.join("\n  ", problems));
        }
    }

    /** Runs on the FX thread. */
    public static List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && !(isMenuOrTooltip(w))) {
                Parent root = w.getScene().getRoot();
                root.applyCss();
                root.layout();
                walk(root, null, out);
                checkWindowHeight(w, root, out);
            }
        }
        return out;
    }

    private static void walk(Node n, Region container, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        boolean checkable = n instanceof Region r && isPublicType(r);
        if (checkable) {
            Region r = (Region) n;
            if (container != null && r.isManaged()) {
                Bounds own = r.localToScene(r.getLayoutBounds());
                Bounds outer = container.localToScene(container.getLayoutBounds());
                if (own.getMinX() < outer.getMinX() - EPS || own.getMinY() < outer.getMinY() - EPS
                        || own.getMaxX() > outer.getMaxX() + EPS || own.getMaxY() > outer.getMaxY() + EPS) {
                    out.add(describe(r) + " " + fmt(own) + " is not inside " + describe(container) + " " + fmt(outer));
                }
            }
            if (r instanceof Control && r.isManaged() && r.getHeight() + EPS < r.minHeight(r.getWidth())) {
                out.add(describe(r) + " is squeezed to " + Math.round(r.getHeight()) + " px (needs "
                        + Math.round(r.minHeight(r.getWidth())) + ")");
            }
            if (r instanceof Labeled l) {
                checkText(l, out);
            }
            if (r instanceof TabPane t) {
                checkTabPane(t, out);
            }
            if (r instanceof javafx.scene.control.TextArea ta) {
                checkTextArea(ta, out);
            }
            container = r;
        }
        if (n instanceof ScrollPane sp && sp.getContent() != null) {
            checkScrollPane(sp, out);
            walk(sp.getContent(), null, out);
            return;
        }
        if (n instanceof Control && !(n instanceof javafx.scene.control.DialogPane)
                && !(n instanceof TabPane) && !(n instanceof javafx.scene.control.ButtonBar)
                && !(n instanceof javafx.scene.control.TitledPane) && !(n instanceof javafx.scene.control.SplitPane)) {
            return; // a control's skin parts (a spinner's segments, a field's caret) are the skin's business
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, container, out);
            }
        }
    }

    /** Public control and layout classes (and the app's own); a skin's private parts are its own business. */
    private static boolean isPublicType(Node n) {
        String pkg = n.getClass().getPackageName();
        return pkg.equals("javafx.scene.control") || pkg.equals("javafx.scene.layout")
                || pkg.startsWith("dev.licensemanager") || n.getId() != null && !pkg.startsWith("com.sun");
    }

    private static void checkText(Labeled l, List<String> out) {
        String full = l.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.isVisible()) {
                String shown = t.getText();
                String ellipsis = l.getEllipsisString();
                if (shown != null && !ellipsis.isEmpty() && shown.contains(ellipsis) && !full.contains(ellipsis)) {
                    out.add(describe(l) + " shows '" + shown + "' instead of '" + full + "'");
                }
            }
        }
    }

    /** A read-only text (receipt, report) shows all its lines; an editable one may scroll. */
    private static void checkTextArea(javafx.scene.control.TextArea ta, List<String> out) {
        if (ta.isEditable() || !(ta.lookup(".scroll-pane") instanceof ScrollPane sp)
                || !(sp.getContent() instanceof Region content)) {
            return;
        }
        double viewport = sp.getViewportBounds().getHeight();
        if (content.getHeight() > viewport + EPS) {
            out.add(describe(ta) + " cuts its text: " + Math.round(content.getHeight()) + " px of text in "
                    + Math.round(viewport) + " px");
        }
    }

    private static void checkTabPane(TabPane t, List<String> out) {
        var tab = t.getSelectionModel().getSelectedItem();
        if (tab == null || !(tab.getContent() instanceof Region content)) {
            return;
        }
        double need = content.prefHeight(content.getWidth());
        if (content.getHeight() > need + SLACK) {
            out.add(describe(t) + " leaves " + Math.round(content.getHeight() - need) + " px blank below tab '"
                    + tab.getText() + "'");
        }
    }

    private static void checkScrollPane(ScrollPane sp, List<String> out) {
        if (!(sp.getContent() instanceof Region content) || sp.getViewportBounds().getHeight() <= 0) {
            return;
        }
        double viewport = sp.getViewportBounds().getHeight();
        double need = content.prefHeight(sp.getViewportBounds().getWidth());
        if (viewport > need + SLACK && sp.isFitToHeight() == false && content.getHeight() <= viewport + EPS) {
            out.add(describe(sp) + " leaves " + Math.round(viewport - need) + " px blank below its content");
        }
    }

    /** Content taller than its scroll pane is fine only when the window cannot grow any more on this screen. */
    private static void checkWindowHeight(Window w, Parent root, List<String> out) {
        Node found = root.lookup(".body-scroll");
        if (!(found instanceof ScrollPane sp) || !(sp.getContent() instanceof Region content)) {
            return;
        }
        double viewport = sp.getViewportBounds().getHeight();
        double need = content.prefHeight(sp.getViewportBounds().getWidth());
        var screens = javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(), 1, 1);
        double screenHeight = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0))
                .getVisualBounds().getHeight();
        if (need > viewport + EPS && w.getHeight() < screenHeight - EPS) {
            out.add("the window (" + Math.round(w.getHeight()) + " px, screen " + Math.round(screenHeight)
                    + " px) cuts its content: needs " + Math.round(need) + " px, shows " + Math.round(viewport));
        }
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }

    private static String fmt(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }

    /** Menus, tooltips and combo-box lists are transient; the hardware-ID explanation (a PopOver) is checked. */
    static boolean isMenuOrTooltip(Window w) {
        return w instanceof PopupWindow && !(w instanceof org.controlsfx.control.PopOver);
    }
}
