package dev.licensemanager.ui;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * README screenshots under Xvfb (not Monocle): main screen, confirm dialog, success and two error
 * dialogs, light and dark. Run: {@code Xvfb :99 -screen 0 1280x800x24 &} then
 * {@code DISPLAY=:99 mvn -o test -Dheadful -Dtest=ScreenshotsIT -Dlm.screenshots=assets/screenshots}.
 */
@EnabledIfSystemProperty(named = "lm.screenshots", matches = ".+")
class ScreenshotsIT {
    private final FxRobot robot = new FxRobot();

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void shots(String theme) throws Exception {
        Path dir = Path.of(System.getProperty("lm.screenshots")).toAbsolutePath();
        Files.createDirectories(dir);
        FakeActions actions = new FakeActions();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setX(40);
            s.setY(40);
        });
        Path requestFile = Files.createTempDirectory("lm-shots").resolve("deactivate_offline.req");
        var offline = new dev.licensemanager.service.offline.OfflineDeactivation(
                new dev.licensemanager.service.offline.OfflineRequestBuilder(new dev.licensemanager.api.ApiAuth.ApiKey(
                        "demo-api-key", dev.licensemanager.api.Secret.of("demo-shared-key")), java.time.Clock.systemUTC(),
                        java.util.UUID::randomUUID, "license-manager", "0.1.0"), null, null);
        Platform.runLater(() -> new LicenseManagerApp(TestWindows.deps(TestWindows.config("demo-key",
                VendorConfig.ALL_KINDS, "code", false), actions, new FakeSso(), TestWindows.MACHINE,
                Map.of("LM_THEME", theme)).withSupport(dev.licensemanager.ui.main.SupportTools.of(offline, null,
                java.util.Locale.ENGLISH))).withPathChooser((title, name) -> requestFile).show(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#keyField").tryQuery().isPresent());
        robot.clickOn("#keyField").write("DEMO-KEY-1111-2222");
        shoot(dir.resolve("main-" + theme + ".png"));

        robot.clickOn("#deactivateButton");
        waitFor("#confirmFacts");
        shoot(dir.resolve("confirm-" + theme + ".png"));
        robot.clickOn("#confirmDeactivate");
        waitFor("#outcomeCode");
        shoot(dir.resolve("success-" + theme + ".png"));
        robot.clickOn("#outcomeOk");

        actions.check = new CheckResult(null, new Outcome(OutcomeKind.NETWORK, "network_dns", "",
                "api.licensespring.com: Name or service not known", false, null, 3, "req-7f3a", List.of()));
        robot.clickOn("#deactivateButton");
        waitFor("#outcomeCode");
        shoot(dir.resolve("error-network-" + theme + ".png"));
        robot.clickOn("#offerOffline");
        waitFor("#reportText");
        shoot(dir.resolve("offline-request-" + theme + ".png"));
        robot.clickOn("#reportClose");

        actions.check = new CheckResult(null, new Outcome(OutcomeKind.CLOCK_SKEW, "date_header_diff",
                "Date header differs from server time", "HTTP 400 date_header_diff", false, -7260L, 1, "req-91c2",
                List.of()));
        robot.clickOn("#deactivateButton");
        waitFor("#outcomeCode");
        shoot(dir.resolve("error-clock-" + theme + ".png"));
        robot.clickOn("#outcomeOk");
        FxToolkit.hideStage();
    }

    private void waitFor(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
    }

    /** Crops the X screen to the showing windows (there is no window manager, so no decorations). */
    static void shoot(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        Rectangle2D r = WaitForAsyncUtils.asyncFx(() -> {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = 0, y1 = 0;
            for (Window w : Window.getWindows()) {
                if (w.isShowing()) {
                    x0 = Math.min(x0, w.getX());
                    y0 = Math.min(y0, w.getY());
                    x1 = Math.max(x1, w.getX() + w.getWidth());
                    y1 = Math.max(y1, w.getY() + w.getHeight());
                }
            }
            return new Rectangle2D(x0, y0, x1 - x0, y1 - y0);
        }).get();
        String crop = String.format("%dx%d+%d+%d", (int) r.getWidth(), (int) r.getHeight(), (int) r.getMinX(),
                (int) r.getMinY());
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage", file.toString())
                .inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
    }
}
