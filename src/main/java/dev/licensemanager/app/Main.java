package dev.licensemanager.app;

/**
 * Entry point. Deliberately does not extend {@code javafx.application.Application}: with a
 * subcommand the CLI runs headless and never loads JavaFX classes; with no subcommand (or only
 * prefill options) the window opens.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (CliLauncher.isCliInvocation(args)) {
            System.exit(CliLauncher.run(args));
        } else {
            GuiLauncher.launch(args);
        }
    }
}
