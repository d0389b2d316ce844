package dev.licensemanager.ui;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.service.DiscoveryPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/**
 * README screenshots of "Licenses on this computer" under Xvfb, driven like a user on the real sandbox's demo
 * seed: the list, the release confirm, one seat freed, Free all in progress and its summary, and the manual
 * screen after a failed listing; light and dark. Run as {@link ScreenshotsIT} with {@code -Dtest=LicensesScreenshotsIT}.
 */
@EnabledIfSystemProperty(named = "lm.screenshots", matches = ".+")
class LicensesScreenshotsIT {

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void shots(String theme) throws Exception {
        Path dir = Path.of(System.getProperty("lm.screenshots")).toAbsolutePath();
        Files.createDirectories(dir);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setX(40);
            s.setY(40);
        });
        try (SandboxWindow w = new SandboxWindow()) {
            var policy = DiscoveryPolicy.ALL;
            w.show(w.deps("demo-key", VendorConfig.ALL_KINDS, "code", url -> { }, w.settings(),
                    Map.of("LM_THEME", theme)).withComputerLicenses(w.computerLicenses(policy)));
            w.waitFor("#licenseAction3");
            ScreenshotsIT.shoot(dir.resolve("licenses-" + theme + ".png"));

            w.robot.clickOn("#licenseAction3");
            w.waitFor("#confirmFacts");
            ScreenshotsIT.shoot(dir.resolve("licenses-confirm-release-" + theme + ".png"));
            w.click("#confirmDeactivate");
            w.click("#outcomeOk");
            SandboxWindow.waitFor(10, () -> !w.present("#outcomeDialog"));

            // Slow answers so that Free all's progress can be seen.
            w.server.faults().set(FaultSpec.of("deactivate_license", "latency").withDelayMs(2500));
            w.robot.clickOn("#freeAllButton");
            w.click("#confirmDeactivate");
            SandboxWindow.waitFor(20, () -> w.label("#listStatus").startsWith("Freeing 2 of 3"));
            ScreenshotsIT.shoot(dir.resolve("licenses-freeing-" + theme + ".png"));
            w.waitFor("#summaryDialog");
            ScreenshotsIT.shoot(dir.resolve("licenses-summary-" + theme + ".png"));
            w.click("#summaryOk");
            SandboxWindow.waitFor(10, () -> !w.present("#summaryDialog"));
            ScreenshotsIT.shoot(dir.resolve("licenses-freed-" + theme + ".png"));

            w.server.faults().set(FaultSpec.of("device_licenses", "reset"));
            w.robot.clickOn("#reloadButton");
            SandboxWindow.waitFor(30, () -> !w.label("#manualReason").isEmpty());
            ScreenshotsIT.shoot(dir.resolve("licenses-fallback-" + theme + ".png"));
        }
    }
}
