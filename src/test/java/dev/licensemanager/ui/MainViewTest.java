package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.OutcomeKind;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The window's main flows, by fx:id, against the real sandbox (Monocle headless). */
class MainViewTest {
    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();

    @Test
    void keyDeactivationShowsCheckFactsThenSuccessAndReceipt() throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS));
        w.robot.clickOn("#keyField").write("  DEMO-KEY-1111-2222 ");
        w.robot.clickOn("#deactivateButton");
        w.waitFor("#confirmFacts");
        assertThat(w.label("#confirmFacts")).contains("License: #1001", "Activations in use: 2 of 3 (after this: 1)",
                "Transfers left:");
        assertThat(w.label("#confirmConsequence")).contains("stops working on this computer");
        w.click("#confirmDeactivate");
        w.assertOutcome(OutcomeKind.DEACTIVATED, "license_deactivated");
        String receipt = w.robot.lookup("#receiptText").queryAs(TextArea.class).getText();
        assertThat(receipt).contains("demo-key", SandboxWindow.HW, "license_deactivated", "…2222");
        assertThat(w.server.activeHardwareIds(1001)).doesNotContain(SandboxWindow.HW);
    }

    @Test
    void aSeatFreedOnTheManualScreenIsNoLongerListedOnTheWayBack() throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS).withComputerLicenses(w.computerLicenses(
                new dev.licensemanager.service.DiscoveryPolicy(true, Set.of("demo-key", "demo-float")))));
        SandboxWindow.waitFor(20, () -> w.present("#licenseAction1")
                && w.robot.lookup("#licenseAction0").queryButton().isFocused());
        // By the mnemonics (Alt+E, Alt+K): the window fits itself to each screen, so a click could miss the link.
        w.robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        SandboxWindow.waitFor(5, () -> w.present("#keyField") && !w.present("#licensesView"));
        assertThat(w.present("#manualReason")).as("no empty reason box when the user chose manual entry").isFalse();
        w.robot.interact(() -> w.robot.lookup("#keyField").queryAs(javafx.scene.control.TextField.class)
                .setText("DEMO-KEY-1111-2222"));
        w.click("#deactivateButton");
        w.click("#confirmDeactivate");
        w.click("#outcomeOk");
        SandboxWindow.waitFor(5, () -> !w.present("#outcomeDialog"));
        assertThat(w.server.activeHardwareIds(1001)).doesNotContain(SandboxWindow.HW);
        w.robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
        // The list is asked again: the key freed here is no longer listed.
        SandboxWindow.waitFor(20, () -> w.present("#licenseAction0") && !w.present("#licenseAction1"));
        assertThat(w.label("#licenseTitle0")).isEqualTo("Demo Floating Product");
    }

    @Test
    void validationKeepsDeactivateDisabledUntilTheKeyLooksRight() throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS));
        Button deactivate = w.robot.lookup("#deactivateButton").queryButton();
        assertThat(deactivate.isDisabled()).isTrue();
        // The one input rule the CLI and the offline request share: a pasted key with an invisible character is
        // refused (nothing is sent); the field's own typing path is the same text property.
        var field = w.robot.lookup("#keyField").queryAs(javafx.scene.control.TextField.class);
        w.robot.clickOn("#keyField");
        w.robot.interact(() -> field.setText("DEMO-KEY\u200b-1111-2222"));
        assertThat(deactivate.isDisabled()).isTrue();
        assertThat(w.robot.lookup("#keyError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(w.label("#keyError")).contains("cannot be used as a license key");
        w.robot.interact(() -> field.setText(""));
        w.robot.write("DEMO-KEY-1111-2222");
        assertThat(w.label("#keyError")).isEmpty();
        assertThat(deactivate.isDisabled()).isFalse();
    }

    @Test
    void declinedConfirmKeepsTheSeat() throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS));
        w.robot.clickOn("#keyField").write("DEMO-KEY-1111-2222");
        w.robot.clickOn("#deactivateButton");
        w.waitFor("#confirmCancel");
        w.click("#confirmCancel");
        assertThat(w.present("#outcomeDialog")).isFalse();
        assertThat(w.server.activeHardwareIds(1001)).contains(SandboxWindow.HW);
    }

    @Test
    void wholeFlowByKeyboardAlone() throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS));
        SandboxWindow.waitFor(30, () -> w.robot.lookup("#keyField").query().isFocused());
        w.robot.write("DEMO-KEY-1111-2222").type(KeyCode.ENTER);
        w.waitFor("#confirmDeactivate");
        w.robot.type(KeyCode.ENTER);
        w.waitFor("#outcomeCode");
        assertThat(w.label("#outcomeCode")).isEqualTo("Code: license_deactivated");
        w.robot.type(KeyCode.ESCAPE);
        SandboxWindow.waitFor(30, () -> !w.present("#outcomeDialog"));
        assertThat(w.server.activeHardwareIds(1001)).doesNotContain(SandboxWindow.HW);
    }

    @Test
    void accountWithSeveralLicensesLetsTheUserPickOne() throws Exception {
        w.show(w.deps("demo-user", Set.of("user", "sso")));
        w.robot.clickOn("#usernameField").write("alice@example.com");
        w.robot.clickOn("#passwordField").write("demo-password");
        w.robot.clickOn("#findLicensesButton");
        SandboxWindow.waitFor(10, () -> w.label("#licensesStatus").contains("2 licenses"));
        @SuppressWarnings("unchecked")
        ComboBox<dev.licensemanager.service.LicenseSummary> choice = w.robot.lookup("#licenseChoice")
                .queryAs(ComboBox.class);
        assertThat(choice.isVisible()).isTrue();
        w.robot.interact(() -> choice.getSelectionModel().select(choice.getItems().stream()
                .filter(l -> l.licenseId() == 2001L).findFirst().orElseThrow()));
        w.robot.clickOn("#deactivateButton");
        w.waitFor("#confirmFacts");
        assertThat(w.label("#confirmFacts")).contains("alice@example.com · #2001", "License: #2001");
        w.click("#confirmDeactivate");
        w.assertOutcome(OutcomeKind.DEACTIVATED, "license_deactivated");
        assertThat(w.robot.lookup("#passwordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(w.server.activeHardwareIds(2001)).doesNotContain(SandboxWindow.HW);
    }

    @Test
    void vendorConfigurationRestrictsTheOfferedKinds() throws Exception {
        w.show(w.deps("demo-key", Set.of("license_key")));
        assertThat(w.robot.lookup("#kindTabs").queryAs(javafx.scene.control.TabPane.class).getTabs())
                .extracting(javafx.scene.control.Tab::getId).containsExactly("keyTab");
    }

    /** Hidden parts are built on first use and then show what the view-model already holds. */
    @Test
    void hiddenTabsAreBuiltWhenFirstShownWithThePrefilledValues() throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS).withPrefill(dev.licensemanager.config.Prefill.fromArgs(
                new String[] {"--username", "alice@example.com", "--customer-account", "demo-corp"})));
        javafx.scene.control.TabPane tabs = w.robot.lookup("#kindTabs").queryAs(javafx.scene.control.TabPane.class);
        // The username selected the account tab: only it has a view yet; the SSO model holds the account code.
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("accountTab");
        assertThat(w.robot.lookup("#usernameField").tryQuery()).isPresent();
        assertThat(w.robot.lookup("#accountCodeField").tryQuery()).isEmpty();
        assertThat(w.robot.lookup("#usernameField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("alice@example.com");
        assertThat(w.robot.lookup("#progressIndicator").tryQuery()).isEmpty();
        assertThat(w.robot.lookup("#receiptText").tryQuery()).isEmpty();
        w.robot.clickOn("#ssoTab");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.robot.lookup("#accountCodeField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("demo-corp");
    }
}
