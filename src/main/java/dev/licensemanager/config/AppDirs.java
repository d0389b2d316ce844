package dev.licensemanager.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-OS app-data folder (logs, user settings, receipts, the JavaFX native cache):
 * Linux {@code $XDG_DATA_HOME/license-manager} (default {@code ~/.local/share/license-manager}),
 * Windows {@code %LOCALAPPDATA%\LicenseManager}, macOS {@code ~/Library/Application Support/LicenseManager}.
 * {@code LM_HOME} overrides it (tests, portable installs).
 */
public record AppDirs(Path home) {

    public static AppDirs fromEnvironment(Map<String, String> env) {
        String override = env.get("LM_HOME");
        if (override != null && !override.isBlank()) {
            return new AppDirs(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return new AppDirs((local != null ? Path.of(local) : userHome.resolve("AppData/Local")).resolve("LicenseManager"));
        }
        if (os.contains("mac")) {
            return new AppDirs(userHome.resolve("Library/Application Support/LicenseManager"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        return new AppDirs((xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share"))
                .resolve("license-manager"));
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path userConfig() {
        return home.resolve("vendor-config.json");
    }

    /** The user's own choices in the window (theme), see {@link UserSettings}. */
    public Path settings() {
        return home.resolve("settings.properties");
    }

    public Path receipts() {
        return home.resolve("receipts");
    }
}
