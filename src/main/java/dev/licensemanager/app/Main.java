package dev.licensemanager.app;

import dev.licensemanager.config.AppDirs;

/**
 * Entry point. Deliberately does not extend {@code javafx.application.Application}: with a
 * subcommand the CLI runs headless and never loads JavaFX classes; with no subcommand (or only
 * prefill options) the window opens.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.fromEnvironment(System.getenv());
        // Before the first logger exists: LoggingSetup reads these.
        System.setProperty("lm.log.dir", dirs.logs().toString());
        String level = System.getenv("LM_LOG_LEVEL");
        if (level != null && level.equalsIgnoreCase("debug")) {
            System.setProperty("lm.log.level", "DEBUG");
        }
        // JavaFX extracts its natives here instead of ~/.openjfx (no stray writes in the home folder).
        // Honour the OS proxy settings (Windows/macOS/GNOME, incl. PAC/WPAD where the JDK supports it)
        // unless the user chose otherwise; without this Java ignores the system proxy entirely.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        System.setProperty("javafx.cachedir", dirs.home().resolve("javafx-cache").toString());
        boolean cli = CliLauncher.isCliInvocation(args);
        StartupArchive.prepare(cli); // first: every exit below may write the startup archive
        int chars = CliLauncher.argumentChars(args);
        if (chars > CliLauncher.MAX_ARGUMENT_CHARS) {
            System.exit(CliLauncher.refuseLongArguments(chars));
        }
        if (cli) {
            System.exit(CliLauncher.run(args));
        }
        String noDisplay = GuiLauncher.missingDisplay(System.getenv(), System.getProperty("os.name", ""));
        if (noDisplay == null) {
            noDisplay = GuiLauncher.launch(args);
        }
        if (noDisplay != null) {
            StartupArchive.prepare(true); // no window was shown: an archive this run writes is not the window's
            System.exit(CliLauncher.noDisplay(noDisplay));
        }
    }
}
