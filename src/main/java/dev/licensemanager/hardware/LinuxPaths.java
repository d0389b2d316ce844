package dev.licensemanager.hardware;

import java.nio.file.Path;

/**
 * Where the Linux provider looks. {@link #standard()} is the real system; {@link #under(Path)} re-roots every path
 * below a test directory.
 *
 * @param fallback the generator's fallback folder {@code /var/tmp/.LicenseSpring}; the UUID is in its file
 *                 {@code machine-id} ({@link #fallbackFile()}), as the official Linux library creates it
 */
public record LinuxPaths(Path machineId, Path dbusMachineId, Path fallback, Path dockerEnv, Path containerEnv) {

    /** The file inside {@link #fallback()} that holds the fallback UUID. */
    public Path fallbackFile() {
        return fallback.resolve("machine-id");
    }

    public static LinuxPaths standard() {
        return under(Path.of("/"));
    }

    public static LinuxPaths under(Path root) {
        return new LinuxPaths(
                root.resolve("etc/machine-id"),
                root.resolve("var/lib/dbus/machine-id"),
                root.resolve("var/tmp/.LicenseSpring"),
                root.resolve(".dockerenv"),
                root.resolve("run/.containerenv"));
    }
}
