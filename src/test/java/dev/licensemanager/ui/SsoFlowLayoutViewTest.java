package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Single sign-on without a browser: copy-link and paste stay reachable while waiting; cancel; back to the key tab.
 * See {@link LayoutFlows}.
 */
class SsoFlowLayoutViewTest extends LayoutFlows {
    @ParameterizedTest(name = "{0} at {1}x")
    @CsvSource({"en,1", "de,1", "fr,1", "ja,1", "en,2", "de,2", "fr,2", "ja,2"})
    void ssoWithoutABrowserKeepsCopyLinkAndPasteReachable(String lang, double scale) throws Exception {
        open(lang, scale, Set.of("license_key", "user", "sso"));
        select(2);
        step("sso tab");
        w.click("#signInButton");
        SandboxWindow.waitFor(20, () -> !w.robot.lookup("#ssoStatus").queryLabeled().getText().isEmpty()
                && w.robot.lookup("#ssoStatus").queryLabeled().getText().equals(w.app.viewModel().sso()
                .statusProperty().get()) && w.app.viewModel().sso().linkProperty().get().startsWith("http"));
        step("waiting for a browser that could not be opened");
        for (String id : new String[] {"#copyLinkButton", "#pasteField", "#usePastedButton"}) {
            Node n = w.robot.lookup(id).query();
            assertThat(w.present(id)).as(id + " shown").isTrue();
            assertThat(n.isDisabled() && !(n instanceof Button)).as(id + " usable").isFalse();
            assertThat(w.robot.lookup("#progressPane").query().isVisible()).as("no overlay over " + id).isFalse();
        }
        assertThat(w.robot.lookup("#copyLinkButton").query().isDisabled()).isFalse();
        w.robot.clickOn("#copyLinkButton");
        step("link copied while waiting");
        w.robot.clickOn("#ssoCancelButton");
        step("sign-in cancelled");
        select(0);
        step("back on the key tab after single sign-on");
    }
}
