package dev.licensemanager.app;

import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.LicenseManagerApp;
import dev.licensemanager.ui.WindowDependencies;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX window. Kept separate so the CLI path never loads JavaFX classes. The window gets
 * its dependencies from the composition root (no static hand-off through {@code Application}).
 * They are built on a worker thread while the toolkit starts (demo sandbox, trust store, clients), so
 * the two overlap instead of adding up before the first frame.
 */
final class GuiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);

    private GuiLauncher() {
    }

    /** Either the window's dependencies or the configuration problem to show instead. */
    private record Prepared(WindowDependencies deps, String problem) {
    }

    static void launch(String[] args) {
        StartupProbe.installIfRequested();
        CompositionRoot root = new CompositionRoot(System.getenv());
        CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(() -> prepare(root, args));
        Platform.setImplicitExit(true);
        Platform.startup(() -> prepared.whenComplete((p, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.error("window could not be prepared", failure);
                LicenseManagerApp.showStartupProblem(new Stage(), failure.getClass().getSimpleName(), root.locale());
            } else if (p.deps() != null) {
                new LicenseManagerApp(p.deps()).show(new Stage());
            } else {
                LicenseManagerApp.showStartupProblem(new Stage(), p.problem(), root.locale());
            }
        })));
    }

    private static Prepared prepare(CompositionRoot root, String[] args) {
        try {
            VendorConfig cfg = root.loadConfig();
            dev.licensemanager.config.Prefill prefill = dev.licensemanager.config.Prefill.fromArgs(args);
            prefill.warnings().forEach(w -> LOG.warn("prefill: {}", w));
            return new Prepared(root.windowDependencies(cfg, () -> { }).withPrefill(prefill), null);
        } catch (ConfigException e) {
            return new Prepared(null, e.getMessage());
        }
    }
}
