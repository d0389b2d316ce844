package dev.licensemanager.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.FakeActions;
import dev.licensemanager.ui.FakeSso;
import dev.licensemanager.ui.LicenseManagerApp;
import dev.licensemanager.ui.TestWindows;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smoke test of the real FXML with a scripted service. */
@ExtendWith(ApplicationExtension.class)
class MainViewFakeTest {
    private final FakeActions actions = new FakeActions();

    @Start
    void start(Stage stage) {
        new LicenseManagerApp(TestWindows.deps(TestWindows.config("demo-key", VendorConfig.ALL_KINDS, "code", false),
                actions, new FakeSso(), TestWindows.MACHINE, Map.of())).show(stage);
    }

    @Test
    void keyFlowEndsInReceipt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#hardwareIdLabel").queryAs(Label.class).getText().startsWith("3f9a1c"));
        assertThat(robot.lookup("#demoHint").queryAs(Label.class).getText()).contains("DEMO-KEY-1111-2222",
                "alice@example.com", "demo-corp");
        Button deactivate = robot.lookup("#deactivateButton").queryButton();
        assertThat(deactivate.isDisabled()).isTrue();
        robot.clickOn("#keyField").write("ABCD-1234");
        assertThat(deactivate.isDisabled()).isFalse();
        robot.clickOn(deactivate);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#confirmFacts").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmFacts").queryAs(Label.class).getText()).contains("Transfers left: 1");
        robot.clickOn("#confirmDeactivate");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#outcomeCode").tryQuery().isPresent());
        assertThat(robot.lookup("#outcomeCode").queryAs(Label.class).getText()).contains("license_deactivated");
        robot.clickOn("#outcomeOk");
        assertThat(robot.lookup("#receiptText").queryAs(TextArea.class).getText()).contains("license_deactivated");
    }

    @Test
    void testConnectionShowsTheReport(FxRobot robot) throws Exception {
        robot.clickOn("#testConnectionButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reportText").tryQuery().isPresent());
        assertThat(robot.lookup("#reportText").queryAs(TextArea.class).getText()).contains("all good");
        robot.clickOn("#reportClose");
    }
}
