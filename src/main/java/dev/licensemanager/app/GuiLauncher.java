package dev.licensemanager.app;

import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.LicenseManagerApp;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX window. Kept separate so the CLI path never loads JavaFX classes. The window gets
 * its dependencies from the composition root (no static hand-off through {@code Application}).
 *
 * <p>Startup order (measured in bench/RESULTS.md): the toolkit starts on the main thread first,
 * while a worker reads the configuration (and, with it, sets up logging: no logger is touched before
 * {@link Platform#startup}). The window is built as soon as both are there. The expensive services (OS trust
 * store, HTTP client, demo sandbox with its RSA key) start only when the window has been shown.
 */
final class GuiLauncher {

    private GuiLauncher() {
    }

    /** Either the window's wiring or the configuration problem to show instead. */
    private record Prepared(WindowWiring.Prepared wiring, String problem, Locale locale) {
    }

    /**
     * Why no window can open here, before JavaFX is touched: on Linux and other X11 systems without
     * {@code DISPLAY} (JavaFX's GTK glass needs X11, XWayland included); null where a display is expected.
     */
    static String missingDisplay(java.util.Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return null;
        }
        String display = env.get("DISPLAY");
        return display == null || display.isBlank() ? "DISPLAY is not set" : null;
    }

    /** Starts the window; returns null, or why the display could not be opened (the caller says so and exits). */
    static String launch(String[] args) {
        StartupProbe.installIfRequested();
        CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(() -> prepare(args));
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> prepared.whenComplete((p, failure) -> Platform.runLater(() -> show(p, failure))));
        } catch (UnsupportedOperationException e) {
            // GTK's "Unable to open DISPLAY" (DISPLAY set, but no X server answers there).
            return "DISPLAY=" + System.getenv("DISPLAY") + " cannot be opened";
        }
        return null;
    }

    private static void show(Prepared p, Throwable failure) {
        if (failure != null) {
            LoggerFactory.getLogger(GuiLauncher.class).error("window could not be prepared", failure);
            LicenseManagerApp.showStartupProblem(new Stage(), failure.getClass().getSimpleName(), Locale.getDefault());
            return;
        }
        if (p.wiring() == null) {
            LicenseManagerApp.showStartupProblem(new Stage(), p.problem(), p.locale());
            return;
        }
        Stage stage = new Stage();
        // The services start once the window is up, so they do not compete with the first frame for the CPU.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> p.wiring().startServices());
        p.wiring().services().future().whenComplete((ready, error) -> {
            if (error != null) {
                Platform.runLater(() -> servicesFailed(stage, error, p.locale()));
            } else {
                StartupProbe.servicesReady();
            }
        });
        new LicenseManagerApp(p.wiring().deps()).show(stage);
    }

    /** The configuration passed the early checks but the client could not be built (e.g. a bad CA file). */
    private static void servicesFailed(Stage stage, Throwable error, Locale locale) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        LoggerFactory.getLogger(GuiLauncher.class).error("window services could not be started", cause);
        String message = cause instanceof ConfigException ? cause.getMessage()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        StartupProbe.servicesFailed(message);
        LicenseManagerApp.showStartupProblem(stage, message, locale);
    }

    private static Prepared prepare(String[] args) {
        // Logging starts here, beside the toolkit's start, rather than on the FX thread at the first logger.
        LoggerFactory.getILoggerFactory();
        CompositionRoot root = new CompositionRoot(System.getenv());
        try {
            VendorConfig cfg = root.loadConfig();
            dev.licensemanager.config.Prefill prefill = dev.licensemanager.config.Prefill.fromArgs(args);
            prefill.warnings().forEach(w -> LoggerFactory.getLogger(GuiLauncher.class).warn("prefill: {}", w));
            return new Prepared(root.prepareWindow(cfg, () -> { }).withPrefill(prefill), null, root.locale());
        } catch (ConfigException e) {
            return new Prepared(null, e.getMessage(), root.locale());
        }
    }
}
