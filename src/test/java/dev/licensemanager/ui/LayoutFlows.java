package dev.licensemanager.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of every flow of the real window on the real sandbox, in all four languages, at 100 % and 200 %
 * (one class per flow, so that the flows run in parallel test JVMs): after each step {@link LayoutCheck} (nothing clipped, squeezed, cut to "…", no dead space) and
 * {@link MnemonicCheck} (one control per Alt+letter) run over whatever is shown, dialogs included.
 *
 * <p>200 %: Monocle's headless screen has a fixed scale of 1, so here the window renders at scale 2 (layout snaps
 * to half pixels as on a 200 % screen). Under a real X server the same test runs at a true 200 %:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" mvn test -Dheadful -Dtest='*LayoutViewTest'
 * -Dtest.extraArgs=-Dglass.gtk.uiScale=2} (the screen is then 640 × 400 logical pixels and the body scrolls).
 */
abstract class LayoutFlows {
    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();

    void open(String lang, double scale, Set<String> kinds) throws Exception {
        open("demo-key", lang, scale, kinds);
    }

    void open(String product, String lang, double scale, Set<String> kinds) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
        });
        w.show(w.deps(product, kinds, "code", url -> {
            throw new IOException("no browser on this computer");
        }, w.settings(), Map.of(), Locale.forLanguageTag(lang)));
        step("window shown");
    }

    static void step(String name) {
        LayoutCheck.assertClean(name);
        MnemonicCheck.assertUnique(name);
    }

    void select(int tab) {
        w.robot.interact(() -> w.robot.lookup("#kindTabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
