package dev.licensemanager.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.AppDirs;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.FakeActions;
import dev.licensemanager.ui.FakeSso;
import dev.licensemanager.ui.LicenseManagerApp;
import dev.licensemanager.ui.TestWindows;
import dev.licensemanager.ui.WindowDependencies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.licensemanager.testsupport.FxStage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The theme toggle says which theme is on, switches by click and by Alt+H, and the choice is remembered. */
class ThemeToggleViewTest {
    @RegisterExtension
    final FxStage fx = new FxStage();
    private final FxRobot robot = fx.robot;
    @TempDir
    Path home;

    private void open(Map<String, String> env) throws Exception {
        WindowDependencies deps = TestWindows.deps(TestWindows.config("demo-key", VendorConfig.ALL_KINDS, "code",
                false), new FakeActions(), new FakeSso(), TestWindows.MACHINE, env, Locale.ENGLISH).toBuilder()
                .dirs(new AppDirs(home)).build();
        FxToolkit.setupStage(stage -> new LicenseManagerApp(deps).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ToggleButton toggle() {
        return robot.lookup("#themeToggle").queryAs(ToggleButton.class);
    }

    private boolean dark() {
        return toggle().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"));
    }

    @Test
    void labelFollowsTheThemeAndTheChoiceIsRememberedForTheNextStart() throws Exception {
        open(Map.of());
        assertThat(dark()).isFalse();
        assertThat(toggle().getText()).isEqualTo("T_heme: light");
        robot.clickOn("#keyField").press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dark()).as("Alt+H switches the theme").isTrue();
        assertThat(toggle().getText()).isEqualTo("T_heme: dark");
        assertThat(Files.readString(home.resolve("settings.properties"))).contains("theme=dark");
        FxToolkit.cleanupStages();

        open(Map.of());
        assertThat(dark()).as("remembered").isTrue();
        robot.clickOn("#themeToggle");
        assertThat(dark()).as("a click switches it back").isFalse();
        assertThat(toggle().getText()).isEqualTo("T_heme: light");
        FxToolkit.cleanupStages();

        open(Map.of());
        assertThat(dark()).isFalse();
        FxToolkit.cleanupStages();
        open(Map.of("LM_THEME", "dark"));
        assertThat(dark()).as("LM_THEME wins over the remembered choice").isTrue();
    }
}
