package dev.licensemanager.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alt+letter must reach one control: for every showing window, the mnemonics the scene has registered (what
 * JavaFX actually reacts to) are grouped by key, and a key shared by two controls the user can reach at the
 * same time (shown and enabled) is a problem. Generic: it covers whatever screen and dialog is open.
 */
public final class MnemonicCheck {
    private MnemonicCheck() {
    }

    public static void assertUnique(String step) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems;
        try {
            problems = WaitForAsyncUtils.asyncFx(MnemonicCheck::problems).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("mnemonic check failed to run at step '" + step + "'", e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("shared mnemonics at step '" + step + "':\n  " + String.join("\n  ", problems));
        }
    }

    /** Runs on the FX thread. */
    public static List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (!w.isShowing() || w.getScene() == null || LayoutCheck.isMenuOrTooltip(w)) {
                continue;
            }
            w.getScene().getRoot().applyCss();
            for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> e : w.getScene().getMnemonics().entrySet()) {
                List<String> reachable = new ArrayList<>();
                for (Mnemonic m : e.getValue()) {
                    Node n = m.getNode();
                    if (n.getScene() == w.getScene() && treeVisible(n) && !n.isDisabled()) {
                        reachable.add(n instanceof Labeled l ? "'" + l.getText() + "'" : String.valueOf(n));
                    }
                }
                if (reachable.size() > 1) {
                    out.add(e.getKey() + " → " + String.join(", ", reachable));
                }
            }
        }
        return out;
    }


    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
