package dev.licensemanager.app;

import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.LicenseManagerApp;
import dev.licensemanager.ui.WindowDependencies;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the JavaFX window. Kept separate so the CLI path never loads JavaFX classes. The window gets
 * its dependencies from the composition root (no static hand-off through {@code Application}).
 */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        StartupProbe.installIfRequested();
        CompositionRoot root = new CompositionRoot(System.getenv());
        WindowDependencies deps = null;
        String problem = null;
        try {
            VendorConfig cfg = root.loadConfig();
            deps = root.windowDependencies(cfg, () -> { });
        } catch (ConfigException e) {
            problem = e.getMessage();
        }
        WindowDependencies ready = deps;
        String message = problem;
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            if (ready != null) {
                new LicenseManagerApp(ready).show(new Stage());
            } else {
                LicenseManagerApp.showStartupProblem(new Stage(), message, root.locale());
            }
        });
    }
}
