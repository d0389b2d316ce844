package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
 * to half pixels as on a 200 % screen). Under a real X server the same test runs at a true 200 % (GTK), on a
 * 2560 × 1600 screen (1280 × 800 logical pixels): {@code xvfb-run -a -s "-screen 0 2560x1600x24" mvn test -Dheadful
 * -Dtest='*LayoutViewTest' -Dtest.extraArgs=-Dglass.gtk.uiScale=2}. On a 1280 × 800 screen (640 × 400 logical
 * pixels) the body scrolls, and the waits fail: TestFX counts a node below the fold as not visible.
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
        if (lang.equals("ja")) {
            japaneseGlyphs();
        }
    }

    /**
     * Japanese text is drawn with a Japanese font when one is installed (JavaFX would not fall back to Noto Sans CJK
     * by itself and would draw boxes); .ci/run installs one, so on CI it must be there.
     */
    private void japaneseGlyphs() {
        var japanese = Set.of("Noto Sans CJK JP", "Source Han Sans JP", "IPAexGothic", "IPAGothic", "VL Gothic",
                "TakaoGothic");
        boolean installed = javafx.scene.text.Font.getFamilies().stream().anyMatch(japanese::contains);
        assertThat(installed || !"true".equals(System.getenv("CI"))).as("a Japanese font is installed on CI").isTrue();
        if (installed) {
            var intro = w.robot.lookup(".intro").queryLabeled();
            assertThat(intro.getText()).matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*");
            assertThat(intro.getFont().getFamily()).isIn(japanese);
        }
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
