package dev.licensemanager.app;

/** Starts the JavaFX window. Kept separate so the CLI path never loads JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        StartupProbe.installIfRequested();
        javafx.application.Application.launch(dev.licensemanager.ui.LicenseManagerApp.class, args);
    }
}
