package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of every flow of the real window on the real sandbox, in all four languages, at 100 % and 200 %:
 * after each step {@link LayoutCheck} (nothing clipped, squeezed, cut to "…", no dead space) and
 * {@link MnemonicCheck} (one control per Alt+letter) run over whatever is shown, dialogs included.
 *
 * <p>200 %: Monocle's headless screen has a fixed scale of 1, so here the window renders at scale 2 (layout snaps
 * to half pixels as on a 200 % screen). Under a real X server the same test runs at a true 200 % (GTK), on a
 * 2560 × 1600 screen (1280 × 800 logical pixels): {@code xvfb-run -a -s "-screen 0 2560x1600x24" mvn test -Dheadful
 * -Dtest=WindowLayoutViewTest -Dtest.extraArgs=-Dglass.gtk.uiScale=2}. On a 1280 × 800 screen (640 × 400 logical
 * pixels) the body scrolls, and the waits fail: TestFX counts a node below the fold as not visible.
 */
class WindowLayoutViewTest {
    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();

    private void open(String lang, double scale, Set<String> kinds) throws Exception {
        open("demo-key", lang, scale, kinds);
    }

    private void open(String product, String lang, double scale, Set<String> kinds) throws Exception {
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

    private static void step(String name) {
        LayoutCheck.assertClean(name);
        MnemonicCheck.assertUnique(name);
    }

    @ParameterizedTest(name = "{0} at {1}x")
    @CsvSource({"en,1", "de,1", "fr,1", "ja,1", "en,2", "de,2", "fr,2", "ja,2"})
    void licenseKeyFlow(String lang, double scale) throws Exception {
        open(lang, scale, Set.of("license_key", "user", "sso"));
        w.robot.clickOn("#keyField").write("x");
        step("invalid key typed");
        w.robot.interact(() -> w.robot.lookup("#keyField").queryAs(TextField.class).setText("DEMO-KEY-1111-2222"));
        step("valid key typed");
        w.click("#deactivateButton");
        w.waitFor("#confirmFacts");
        step("confirm dialog");
        w.click("#confirmDeactivate");
        w.waitFor("#outcomeCode");
        step("success dialog");
        w.click("#outcomeOk");
        w.waitFor("#receiptText");
        step("receipt shown");
        w.click("#testConnectionButton");
        w.waitFor("#reportText");
        step("connection report");
        assertThat(w.robot.lookup("#reportClose").queryButton().getText()).as("Close in the window's language")
                .isEqualTo(Map.of("en", "Close", "de", "Schließen", "fr", "Fermer", "ja", "閉じる").get(lang));
        w.click("#reportClose");
        w.robot.clickOn("#themeToggle");
        step("dark theme");
        w.click("#explainButton");
        w.waitFor("#hardwareExplanation");
        step("hardware ID explained");
        w.robot.clickOn("#explainButton");
    }

    @ParameterizedTest(name = "{0} at {1}x")
    @CsvSource({"en,1", "de,1", "fr,1", "ja,1", "en,2", "de,2", "fr,2", "ja,2"})
    void accountFlowThenBackToKey(String lang, double scale) throws Exception {
        open("demo-user", lang, scale, Set.of("license_key", "user", "sso"));
        // Ctrl+Tab switches the credential tab from inside the form, as in a tab pane.
        w.robot.clickOn("#keyField").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.TAB)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.robot.lookup("#kindTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex())
                .isEqualTo(1);
        step("account tab");
        w.robot.clickOn("#usernameField").write("alice@example.com");
        w.robot.clickOn("#passwordField").write("demo-password");
        step("account typed");
        w.click("#findLicensesButton");
        SandboxWindow.waitFor(20, () -> w.present("#licenseChoice")
                && !w.robot.lookup("#licenseChoice").queryAs(ComboBox.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        step("licenses found");
        w.robot.interact(() -> w.robot.lookup("#licenseChoice").queryAs(ComboBox.class).getSelectionModel().select(0));
        step("license chosen");
        ComboBox<?> choice = w.robot.lookup("#licenseChoice").queryAs(ComboBox.class);
        assertThat(choice.getHeight()).as("the chooser is shown at full height").isGreaterThan(20);
        w.click("#deactivateButton");
        w.waitFor("#confirmFacts");
        step("confirm dialog (account)");
        w.click("#confirmCancel");
        select(2);
        step("sso tab");
        select(0);
        step("back on the key tab after the other tabs");
    }

    @ParameterizedTest(name = "{0} at {1}x")
    @CsvSource({"en,1", "de,1", "fr,1", "ja,1", "en,2", "de,2", "fr,2", "ja,2"})
    void ssoWithoutABrowserKeepsCopyLinkAndPasteReachable(String lang, double scale) throws Exception {
        open(lang, scale, Set.of("license_key", "user", "sso"));
        select(2);
        step("sso tab");
        w.click("#signInButton");
        SandboxWindow.waitFor(20, () -> !w.robot.lookup("#ssoStatus").queryLabeled().getText().isEmpty()
                && w.robot.lookup("#ssoStatus").queryLabeled().getText().equals(w.app.viewModel().sso()
                .statusProperty().get()) && w.app.viewModel().sso().linkProperty().get().startsWith("http"));
        step("waiting for a browser that could not be opened");
        for (String id : new String[] {"#copyLinkButton", "#pasteField", "#usePastedButton"}) {
            Node n = w.robot.lookup(id).query();
            assertThat(w.present(id)).as(id + " shown").isTrue();
            assertThat(n.isDisabled() && !(n instanceof Button)).as(id + " usable").isFalse();
            assertThat(w.robot.lookup("#progressPane").query().isVisible()).as("no overlay over " + id).isFalse();
        }
        assertThat(w.robot.lookup("#copyLinkButton").query().isDisabled()).isFalse();
        w.robot.clickOn("#copyLinkButton");
        step("link copied while waiting");
        w.robot.clickOn("#ssoCancelButton");
        step("sign-in cancelled");
        select(0);
        step("back on the key tab after single sign-on");
    }

    private void select(int tab) {
        w.robot.interact(() -> w.robot.lookup("#kindTabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
