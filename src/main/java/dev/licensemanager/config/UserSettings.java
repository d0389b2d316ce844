package dev.licensemanager.config;

import dev.licensemanager.common.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Choices the user made in the window and expects back next time (today: the theme), in
 * {@code <app-data>/settings.properties}. Never holds a secret. A missing or unreadable file means "no choice
 * yet"; a file that cannot be written is logged and the choice holds for this session only.
 */
public final class UserSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final String THEME = "theme";

    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
    }

    /** {@code file} null: nothing is read or remembered (tests, no app-data folder). */
    public static UserSettings load(Path file) {
        UserSettings s = new UserSettings(file);
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (NoSuchFileException e) {
                // first start
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("user settings {} could not be read ({}); using defaults", file, e.getClass().getSimpleName());
            }
        }
        return s;
    }

    /** "light" or "dark" as last chosen, if any. */
    public synchronized Optional<String> theme() {
        String t = values.getProperty(THEME);
        return "dark".equals(t) || "light".equals(t) ? Optional.of(t) : Optional.empty();
    }

    public synchronized void rememberTheme(boolean dark) {
        values.setProperty(THEME, dark ? "dark" : "light");
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            StringWriter w = new StringWriter();
            values.store(w, "License Manager user settings");
            AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("user settings {} could not be written ({}); the choice holds until the window closes", file,
                    e.getClass().getSimpleName());
        }
    }
}
