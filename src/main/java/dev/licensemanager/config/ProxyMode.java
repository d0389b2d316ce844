package dev.licensemanager.config;

import java.util.Locale;

/** {@code proxy.mode}: the OS/Java settings (including PAC), no proxy at all, or the host and port configured. */
public enum ProxyMode {
    SYSTEM, NONE, EXPLICIT;

    /** The value as written in the vendor configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code proxy.mode}: null when absent stays null; an unknown value throws {@link IllegalArgumentException}. */
    public static ProxyMode parse(String text) {
        if (text == null) {
            return null;
        }
        for (ProxyMode m : values()) {
            if (m.configName().equals(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("must be \"system\", \"none\" or \"explicit\"");
    }
}
