package dev.licensemanager.hardware;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises values that firmware, OEMs or image builders leave in place of a real serial or UUID. Such a value is
 * still what the SDK hashed, so we keep it, but warn: many machines may share the same ID.
 */
final class Placeholders {
    private static final Set<String> TEXT = Set.of(
            "to be filled by o.e.m.", "default string", "none", "system serial number", "not specified",
            "not applicable", "n/a", "unknown", "base board serial number", "chassis serial number",
            "system product name", "o.e.m.", "oem", "123456789", "0");
    /** A UUID commonly shipped by OEM boards instead of a real one. */
    private static final String OEM_SEQUENCE_UUID = "03000200-0400-0500-0006-000700080009";

    private Placeholders() {
    }

    /** A warning sentence for {@code sourceName} if {@code value} looks like a placeholder. */
    static Optional<String> check(String sourceName, String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Optional.of(sourceName + " is empty.");
        }
        if (TEXT.contains(lower)) {
            return Optional.of(sourceName + " holds the placeholder \"" + v + "\", which many machines share;"
                    + " the ID may not identify this machine.");
        }
        String hex = lower.replace("-", "");
        if (hex.length() >= 8 && hex.chars().allMatch(c -> c == '0')) {
            return Optional.of(sourceName + " is all zeros, a placeholder many machines share;"
                    + " the ID may not identify this machine.");
        }
        if (hex.length() >= 8 && hex.chars().allMatch(c -> c == 'f')) {
            return Optional.of(sourceName + " is all FF (FFFFFFFF-...), a placeholder many machines share;"
                    + " the ID may not identify this machine.");
        }
        if (lower.equals(OEM_SEQUENCE_UUID)) {
            return Optional.of(sourceName + " is the OEM placeholder UUID " + OEM_SEQUENCE_UUID
                    + ", shared by many boards; the ID may not identify this machine.");
        }
        if (lower.equals("uninitialized")) {
            return Optional.of(sourceName + " says \"uninitialized\" (systemd's first-boot marker);"
                    + " it will change once the system finishes its first boot.");
        }
        return Optional.empty();
    }
}
