package dev.licensemanager.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.FakeActions;
import dev.licensemanager.ui.FakeSso;
import dev.licensemanager.ui.LicenseManagerApp;
import dev.licensemanager.ui.TestWindows;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.licensemanager.testsupport.FxStage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real FXML in every language, and the theme toggle switching the dark sheet on and off. */
class LanguageAndThemeViewTest {
    @RegisterExtension
    final FxStage fx = new FxStage();
    private final FxRobot robot = fx.robot;

    @ParameterizedTest
    @CsvSource({"en,Deactivate,This computer", "de,Deaktivieren,Dieser Computer", "fr,Désactiver,Cet ordinateur",
        "ja,無効化(D),このコンピューター"})
    void windowIsTranslatedAndThemeToggles(String lang, String deactivate, String machineTitle) throws Exception {
        FxToolkit.setupStage(stage -> new LicenseManagerApp(TestWindows.deps(TestWindows.config("demo-key",
                VendorConfig.ALL_KINDS, "code", false), new FakeActions(), new FakeSso(), TestWindows.MACHINE,
                Map.of(), Locale.forLanguageTag(lang))).show(stage));
        Button button = robot.lookup("#deactivateButton").queryButton();
        assertThat(button.getText().replace("_", "")).isEqualTo(deactivate);
        assertThat(robot.lookup(".section-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains(machineTitle);
        ToggleButton theme = robot.lookup("#themeToggle").queryAs(ToggleButton.class);
        assertThat(button.getScene().getStylesheets()).noneMatch(s -> s.endsWith("dark.css"));
        robot.clickOn(theme);
        assertThat(button.getScene().getStylesheets()).anyMatch(s -> s.endsWith("dark.css"));
        robot.clickOn(theme);
        assertThat(button.getScene().getStylesheets()).noneMatch(s -> s.endsWith("dark.css"));
    }
}
