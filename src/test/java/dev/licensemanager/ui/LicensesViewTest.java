package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.service.DiscoveryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** "Licenses on this computer", the window's first screen, against the real sandbox's demo seed (Monocle). */
class LicensesViewTest {
    /** The seed's seats on this machine: license IDs of each listed product (a bundle frees its two licenses). */
    private static final long KEY = 1001;
    private static final long USER = 2001;
    private static final long[] BUNDLE = {3002, 3003};
    private static final long FLOAT = 4001;

    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();

    private void show(DiscoveryPolicy policy) throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS).withComputerLicenses(w.computerLicenses(policy)));
    }

    private void showList(DiscoveryPolicy policy, int rows) throws Exception {
        show(policy);
        SandboxWindow.waitFor(20, () -> w.present("#licenseAction" + (rows - 1)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int rowOf(String title) {
        for (int i = 0; w.robot.lookup("#licenseTitle" + i).tryQuery().isPresent(); i++) {
            if (w.label("#licenseTitle" + i).equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " not listed; showing: " + SandboxWindow.showing());
    }

    /** The manual key/account/SSO screen is shown, the list screen is not. */
    private boolean manualShown() {
        return w.robot.lookup("#manualScreen").query().isVisible() && !listShown();
    }

    private boolean listShown() {
        return w.robot.lookup("#licensesView").query().isVisible();
    }

    @Test
    void eachKindOfSeatIsListedWithoutTypingAndFreedWithOneClick() throws Exception {
        showList(DiscoveryPolicy.ALL, 4);
        assertThat(w.robot.lookup("#licenseAction4").tryQuery()).isEmpty();
        assertThat(w.label("#listCount")).isEqualTo("4 licenses are in use on this computer.");
        int key = rowOf("Demo Key Product");
        int user = rowOf("Demo User Product");
        int bundle = rowOf("Demo Bundle");
        int floating = rowOf("Demo Floating Product");
        assertThat(w.label("#licenseDetails" + key)).startsWith("…2222 · node-locked");
        assertThat(w.label("#licenseDetails" + user)).startsWith("alice@example.com · node-locked");
        assertThat(w.label("#licenseDetails" + bundle)).contains("· bundle ·");
        assertThat(w.label("#licenseDetails" + floating)).startsWith("…4444 · floating (cloud)");
        assertThat(w.label("#licenseState" + key)).isEqualTo("Active on this computer");
        assertThat(w.label("#licenseState" + floating)).isEqualTo("Floating seat in use by this computer");
        assertThat(button(floating).getText()).isEqualTo("Release");
        assertThat(List.of(button(key).getText(), button(user).getText(), button(bundle).getText()))
                .containsOnly("Deactivate");
        assertThat(allTexts()).noneMatch(t -> t.contains("DEMO-KEY-1111-2222") || t.contains("DEMO-FLOAT-3333-4444"));

        free(key, "Deactivate Demo Key Product on this computer?", "Deactivated: the seat is free");
        assertThat(w.server.activeHardwareIds(KEY)).doesNotContain(SandboxWindow.HW);
        // User-based: no password was asked for or typed anywhere.
        free(user, "Deactivate Demo User Product on this computer?", "Deactivated: the seat is free");
        assertThat(w.server.activeHardwareIds(USER)).doesNotContain(SandboxWindow.HW);
        free(bundle, "Deactivate Demo Bundle on this computer?", "Deactivated: the seat is free");
        assertThat(w.server.activeHardwareIds(BUNDLE[0])).doesNotContain(SandboxWindow.HW);
        assertThat(w.server.activeHardwareIds(BUNDLE[1])).doesNotContain(SandboxWindow.HW);
        free(floating, "Release the floating seat of Demo Floating Product?", "Released: the seat is back in the pool");
        // The receipt of the last seat freed, on this screen.
        SandboxWindow.waitFor(5, () -> listShown() && w.present("#receiptText"));
        String receipt = w.robot.lookup("#receiptText").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(receipt).contains("Demo Floating Product (demo-float)", "…4444", SandboxWindow.HW,
                "floating_released", "floating/release").doesNotContain("DEMO-FLOAT-3333-4444");
        assertThat(w.server.activeHardwareIds(FLOAT)).doesNotContain(SandboxWindow.HW);
        assertThat(w.robot.lookup("#freeAllButton").queryButton().isDisabled()).isTrue();
    }

    /** Clicks the row's button, checks the confirm dialog, confirms, and waits for the success dialog. */
    private void free(int row, String header, String stateAfter) throws Exception {
        w.robot.clickOn("#licenseAction" + row);
        w.waitFor("#confirmFacts");
        assertThat(w.robot.lookup("#confirmDialog").queryAs(DialogPane.class).getHeaderText()).isEqualTo(header);
        assertThat(w.label("#confirmFacts")).contains("Hardware ID: ", "State: ");
        w.click("#confirmDeactivate");
        w.waitFor("#outcomeCode");
        assertThat(w.robot.lookup("#outcomeDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo(header.startsWith("Release") ? "Released" : "Deactivated");
        w.click("#outcomeOk");
        SandboxWindow.waitFor(5, () -> !w.present("#outcomeDialog"));
        assertThat(w.label("#licenseState" + row)).isEqualTo(stateAfter);
        assertThat(button(row).isDisabled()).isTrue();
    }

    @Test
    void freeAllFreesEverySeatAndEndsInOneSummary() throws Exception {
        showList(DiscoveryPolicy.ALL, 4);
        free(rowOf("Demo Key Product"), "Deactivate Demo Key Product on this computer?", "Deactivated: the seat is free");
        SandboxWindow.waitFor(5, () -> w.robot.lookup("#receiptSlot").query().isVisible());
        w.robot.clickOn("#freeAllButton");
        w.waitFor("#confirmFacts");
        assertThat(w.robot.lookup("#confirmDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Free all 3 seats on this computer?");
        assertThat(w.label("#confirmFacts").lines()).hasSize(3).contains("Demo User Product · alice@example.com")
                .noneMatch(l -> l.startsWith("Demo Key Product"));
        w.click("#confirmDeactivate");
        w.waitFor("#summaryDialog");
        assertThat(w.robot.lookup("#receiptSlot").query().isVisible()).as("the single seat's receipt is not this run's "
                + "record").isFalse();
        assertThat(w.robot.lookup("#summaryDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("3 of 3 seats freed");
        for (int i = 0; i < 2; i++) {
            assertThat(w.label("#summaryResult" + i)).startsWith("Deactivated (code ");
        }
        assertThat(w.label("#summaryResult2")).isEqualTo("Released (code floating_released)");
        w.click("#summaryOk");
        for (long id : new long[] {KEY, USER, BUNDLE[0], BUNDLE[1], FLOAT}) {
            assertThat(w.server.activeHardwareIds(id)).as("license " + id).doesNotContain(SandboxWindow.HW);
        }
        w.robot.clickOn("#reloadButton");
        SandboxWindow.waitFor(20, () -> w.label("#listCount").equals("No licenses were found for this computer."));
        assertThat(w.robot.lookup("#freeAllButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void cancelDuringFreeAllStopsTheRunAndTheSummarySaysWhatWasNotTried() throws Exception {
        w.server.faults().set(FaultSpec.of("deactivate_license", "latency").withDelayMs(3000));
        showList(DiscoveryPolicy.ALL, 4);
        int floating = rowOf("Demo Floating Product");
        w.robot.clickOn("#freeAllButton");
        w.click("#confirmDeactivate");
        SandboxWindow.waitFor(10, () -> w.label("#listStatus").startsWith("Freeing 1 of 4"));
        w.robot.clickOn("#listCancel");
        w.waitFor("#summaryDialog");
        String header = w.robot.lookup("#summaryDialog").queryAs(DialogPane.class).getHeaderText();
        assertThat(header).endsWith(" of 4 seats freed");
        assertThat(w.label("#summaryResult3")).isEqualTo("Cancelled (code cancelled)");
        assertThat(w.label("#summaryItem3")).isEqualTo("Demo Floating Product · …4444");
        w.click("#summaryOk");
        // The floating seat came last and was never sent: still held, and its button still offers to release it.
        assertThat(w.server.activeHardwareIds(FLOAT)).contains(SandboxWindow.HW);
        assertThat(w.label("#licenseState" + floating)).isEqualTo("Floating seat in use by this computer");
        SandboxWindow.waitFor(5, () -> !button(floating).isDisabled());
    }

    @Test
    void listingFailureFallsBackToManualEntryWithAOneLineReason() throws Exception {
        w.server.faults().set(FaultSpec.of("device_licenses", "status").withStatus(404));
        show(DiscoveryPolicy.ALL);
        SandboxWindow.waitFor(20, this::manualShown);
        // The manual screen names the product of its tab (the configured name here).
        assertThat(w.label("#productName")).isEqualTo("Demo Product");
        assertThat(w.label("#productCode")).isEqualTo("Product code: demo-key");
        assertThat(w.label("#manualReason")).isEqualTo(
                "This license server cannot list a computer's licenses. Enter your license below. (code injected_error)");
        SandboxWindow.waitFor(5, () -> w.robot.lookup("#keyField").query().isFocused());
        // The server works again: back to the list, which now loads.
        w.server.faults().clear();
        w.robot.clickOn("#backToList");
        SandboxWindow.waitFor(20, () -> listShown() && w.present("#licenseAction3"));
        assertThat(manualShown()).isFalse();
    }

    @Test
    void cancelWhileListingEndsAtOnceAndOffersManualEntry() throws Exception {
        w.server.faults().set(FaultSpec.of("device_licenses", "hang").withDelayMs(120_000));
        show(DiscoveryPolicy.ALL);
        w.waitFor("#listCancel");
        assertThat(w.label("#listStatus")).isEqualTo("Asking the license server which licenses this computer holds…");
        // The window is not blocked: the theme can be switched while it lists.
        w.robot.clickOn("#themeToggle");
        assertThat(w.robot.lookup("#themeToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        w.robot.clickOn("#listCancel");
        SandboxWindow.waitFor(5, this::manualShown);
        assertThat(w.label("#manualReason")).isEqualTo("Listing cancelled. Enter your license below, or go back to the list.");
        assertThat(w.present("#backToList")).isTrue();
        assertThat(w.server.activeHardwareIds(KEY)).contains(SandboxWindow.HW);
    }

    @Test
    void discoveryOffOpensManualEntryWithItsReasonAndNoWayBack() throws Exception {
        w.server.faults().set(FaultSpec.of("*", "reset"));
        show(new DiscoveryPolicy(false, Set.of()));
        SandboxWindow.waitFor(5, this::manualShown);
        assertThat(w.label("#manualReason"))
                .isEqualTo("This tool is set up without the list of this computer's licenses: enter your license below.");
        assertThat(w.present("#backToList")).isFalse();
    }

    @Test
    void inJapaneseTheRowSaysTheLicenseTypeInJapanese() throws Exception {
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS, "code", url -> { }, w.settings(), java.util.Map.of(),
                java.util.Locale.JAPANESE).withComputerLicenses(w.computerLicenses(new DiscoveryPolicy(true, Set.of("demo-key")))));
        SandboxWindow.waitFor(20, () -> w.present("#licenseAction0"));
        assertThat(w.label("#licenseDetails0")).isEqualTo("…2222 · ノードロック · 永続");
    }

    @Test
    void vendorProductFilterShowsOnlyTheNamedProducts() throws Exception {
        showList(new DiscoveryPolicy(true, Set.of("demo-float", "demo-user")), 2);
        assertThat(w.robot.lookup("#licenseAction2").tryQuery()).isEmpty();
        assertThat(List.of(w.label("#licenseTitle0"), w.label("#licenseTitle1")))
                .containsExactlyInAnyOrder("Demo Floating Product", "Demo User Product");
        // Two products listed: the header names neither (nor the configured one), it says how many there are.
        assertThat(w.label("#productName")).isEqualTo("License Manager");
        assertThat(w.label("#productCode")).isEqualTo("Licenses of 2 products");
        assertThat(w.robot.lookup("#productName").query().getScene().getWindow())
                .isInstanceOfSatisfying(javafx.stage.Stage.class, s -> assertThat(s.getTitle()).isEqualTo("License Manager"));
    }

    /**
     * A vendor configuration with a product code and no name: the list screen names no single product, the manual
     * screen names the product as the server's {@code product_details} names it, and so does its confirm dialog.
     */
    @Test
    void theListNamesNoSingleProductAndTheManualScreenTheServersNameOfItsProduct() throws Exception {
        var given = w.deps("demo-key", VendorConfig.ALL_KINDS);
        var unnamed = given.config().toBuilder().product(new VendorConfig.Product("demo-key", null, false))
                .demo(false).build();
        w.show(dev.licensemanager.ui.WindowDependencies.builder(unnamed).actions(given.actions()).sso(given.sso())
                .machine(given.machine()).locale(given.locale()).env(given.env()).appVersion(given.appVersion())
                .computerLicenses(w.computerLicenses(DiscoveryPolicy.ALL)).productNames(
                        new dev.licensemanager.service.ProductDetailsNames(
                                new dev.licensemanager.api.OkHttpLicenseApiClient(w.settings()))).build());
        SandboxWindow.waitFor(20, () -> w.present("#licenseAction3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.label("#productName")).isEqualTo("License Manager");
        assertThat(w.label("#productCode")).isEqualTo("Licenses of 4 products");
        javafx.stage.Stage stage = (javafx.stage.Stage) w.robot.lookup("#productName").query().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("License Manager");

        w.robot.clickOn("#enterManually");
        SandboxWindow.waitFor(10, this::manualShown);
        SandboxWindow.waitFor(10, () -> w.label("#productName").equals("Demo Key Product"));
        assertThat(w.label("#productCode")).isEqualTo("Product code: demo-key");
        assertThat(stage.getTitle()).isEqualTo("Demo Key Product — License Manager");
        w.robot.clickOn("#keyField").write("DEMO-KEY-1111-2222");
        w.robot.clickOn("#deactivateButton");
        w.waitFor("#confirmCancel");
        assertThat(w.robot.lookup("#confirmDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Deactivate Demo Key Product on this computer?");
        w.click("#confirmCancel");
        assertThat(w.server.activeHardwareIds(KEY)).contains(SandboxWindow.HW);
    }

    @Test
    void keyboardAloneReleasesTheFirstSeatAndALostAnswerIsNotCalledFreed() throws Exception {
        // The release's answer is lost: the retry finds no seat. That proves nothing about who freed it, so the
        // window must not say "Released" (the transport rule), only that the server holds no seat here any more.
        w.server.faults().set(FaultSpec.of("floating/release", "lost_response").withTimes(1));
        showList(new DiscoveryPolicy(true, Set.of("demo-float")), 1);
        // One product listed: the header names it.
        assertThat(w.label("#productName")).isEqualTo("Demo Floating Product");
        assertThat(w.label("#productCode")).isEqualTo("Product code: demo-float");
        SandboxWindow.waitFor(5, () -> button(0).isFocused());
        w.robot.type(KeyCode.SPACE);
        w.waitFor("#confirmDeactivate");
        w.robot.type(KeyCode.ENTER);
        w.waitFor("#outcomeText");
        assertThat(w.robot.lookup("#outcomeDialog").queryAs(DialogPane.class).getHeaderText()).isNotEqualTo("Released");
        assertThat(w.label("#outcomeText")).contains("holds no floating seat of Demo Floating Product");
        w.robot.type(KeyCode.ESCAPE);
        SandboxWindow.waitFor(5, () -> !w.present("#outcomeDialog"));
        assertThat(w.label("#licenseState0")).startsWith("The server holds no seat for this computer (");
        assertThat(button(0).isDisabled()).isTrue();
        assertThat(w.server.activeHardwareIds(FLOAT)).doesNotContain(SandboxWindow.HW);
    }

    private Button button(int row) {
        return w.robot.lookup("#licenseAction" + row).queryButton();
    }

    private List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        for (Node n : w.robot.lookup(".labeled").queryAll()) {
            texts.add(((Labeled) n).getText() + " " + n.getAccessibleText());
        }
        return texts;
    }
}
