package dev.licensemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.WindowDependencies;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root's window wiring in demo mode: built-in sandbox, demo hint, connection test. */
class WindowWiringTest {

    @Test
    void demoWindowRunsOnTheBuiltInSandbox(@TempDir Path home) throws Exception {
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", home.toString(), "LM_LANG", "en"));
        VendorConfig cfg = root.loadConfig();
        assertThat(cfg.demo()).isTrue();
        WindowDependencies deps = root.windowDependencies(cfg, () -> { });
        try {
            assertThat(deps.config().api().baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(deps.config().product().code()).isEqualTo("demo-key");
            assertThat(deps.userProductCode()).isEqualTo("demo-user");
            assertThat(deps.demo().licenseKey()).isEqualTo("DEMO-KEY-1111-2222");
            assertThat(deps.sso().grant()).isEqualTo(dev.licensemanager.service.CredentialKind.SSO_CODE);
            String report = deps.connectionTest().run(new Cancellation());
            assertThat(report).contains(deps.config().api().baseUrl());
        } finally {
            deps.onExit().run();
        }
    }
}
