package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.service.OutcomeKind;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A deliberately slow sandbox: the window keeps responding, Cancel aborts, closing mid-call is safe. */
class SlowSandboxViewTest {
    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();

    @Test
    void windowRespondsWhileTheServerHangsAndCancelAbortsTheCall() throws Exception {
        w.server.faults().set(FaultSpec.of("check_license", "hang").withDelayMs(120_000));
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS));
        w.robot.clickOn("#keyField").write("DEMO-KEY-1111-2222");
        w.robot.clickOn("#deactivateButton");
        w.waitFor("#cancelButton");
        assertThat(w.label("#progressLabel")).isEqualTo("Checking the license…");
        assertResponsive();
        Button cancel = w.robot.lookup("#cancelButton").queryButton();
        SandboxWindow.waitFor(30, cancel::isFocused);
        Instant clicked = Instant.now();
        w.robot.clickOn(cancel);
        w.assertOutcome(OutcomeKind.CANCELLED, "cancelled");
        assertThat(Duration.between(clicked, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(w.robot.lookup("#progressPane").query().isVisible()).isFalse();
        assertThat(w.robot.lookup("#deactivateButton").queryButton().isDisabled()).isFalse();
        assertThat(w.server.activeHardwareIds(1001)).contains(SandboxWindow.HW);
    }

    @Test
    void slowDeactivationStillCompletesWhileTheWindowResponds() throws Exception {
        w.server.faults().set(FaultSpec.of("deactivate_license", "latency").withDelayMs(3000));
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS));
        w.robot.clickOn("#keyField").write("DEMO-KEY-1111-2222");
        w.robot.clickOn("#deactivateButton");
        w.click("#confirmDeactivate");
        w.waitFor("#cancelButton");
        assertThat(w.label("#progressLabel")).isEqualTo("Deactivating…");
        assertResponsive();
        w.assertOutcome(OutcomeKind.DEACTIVATED, "license_deactivated");
    }

    @Test
    void closingTheWindowMidCallIsSafe() throws Exception {
        w.server.faults().set(FaultSpec.of("check_license", "hang").withDelayMs(120_000));
        w.show(w.deps("demo-key", VendorConfig.ALL_KINDS));
        w.robot.clickOn("#keyField").write("DEMO-KEY-1111-2222");
        w.robot.clickOn("#deactivateButton");
        w.waitFor("#cancelButton");
        FxToolkit.hideStage();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing).count())
                .get(5, TimeUnit.SECONDS)).isZero();
        // The hanging HTTP call was aborted: its worker thread ends long before the server's 120 s hang.
        SandboxWindow.waitFor(15, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("lm-task-") && t.isAlive()));
    }

    /** The FX thread runs new work at once, ten times in a row, while the call is outstanding. */
    private void assertResponsive() throws Exception {
        for (int i = 0; i < 10; i++) {
            Instant t0 = Instant.now();
            WaitForAsyncUtils.asyncFx(() -> w.robot.lookup("#progressIndicator").query().isVisible())
                    .get(1, TimeUnit.SECONDS);
            assertThat(Duration.between(t0, Instant.now())).isLessThan(Duration.ofMillis(500));
        }
        assertThat(w.app.viewModel().busyProperty().get()).isTrue();
    }
}
