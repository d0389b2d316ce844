package dev.licensemanager.ui.common;

import java.nio.file.Path;

/** Asks where to save a file; null means the user cancelled. The window uses a FileChooser; tests a lambda. */
@FunctionalInterface
public interface PathChooser {
    Path choose(String title, String initialName);
}
