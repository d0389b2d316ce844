package dev.licensemanager.hardware;

import java.util.Objects;

/**
 * One fact source consulted while computing the ID: its NAME (a path, a WMI class.property, a URL) and whether a
 * usable value was found there. Never the value itself, so it is safe for logs, --explain and support bundles.
 */
public record SourceRead(String name, boolean found) {
    public SourceRead {
        Objects.requireNonNull(name, "name");
    }

    public static SourceRead found(String name) {
        return new SourceRead(name, true);
    }

    public static SourceRead missing(String name) {
        return new SourceRead(name, false);
    }
}
