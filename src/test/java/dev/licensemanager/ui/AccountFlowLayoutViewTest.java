package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The account flow: licenses found and chosen, confirm, then the other tabs and back to the key tab.
 * See {@link LayoutFlows}.
 */
class AccountFlowLayoutViewTest extends LayoutFlows {
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
}
