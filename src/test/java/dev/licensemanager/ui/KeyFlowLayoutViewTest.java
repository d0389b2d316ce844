package dev.licensemanager.ui;

import java.util.Set;
import javafx.scene.control.TextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The license key flow: typed, confirmed, freed, receipt, connection report, dark theme, hardware ID explained.
 * See {@link LayoutFlows}.
 */
class KeyFlowLayoutViewTest extends LayoutFlows {
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
        w.click("#reportClose");
        w.robot.clickOn("#themeToggle");
        step("dark theme");
        w.click("#explainButton");
        w.waitFor("#hardwareExplanation");
        step("hardware ID explained");
        w.robot.clickOn("#explainButton");
    }
}
