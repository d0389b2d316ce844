package dev.licensemanager.hardware;

import java.util.Optional;
import oshi.SystemInfo;
import oshi.util.Constants;

/**
 * OSHI's {@code ComputerSystem.getHardwareUUID()}: on Windows it reads Win32_ComputerSystemProduct.UUID, on macOS
 * IOPlatformUUID (the value gethostuuid() returns). OSHI reports both "empty" and "WMI failed" as "unknown", so
 * callers cannot tell them apart. First call 40–80 ms (build-notes §7); callers cache.
 */
final class OshiHardwareUuid {
    Optional<String> read() {
        return accept(new SystemInfo().getHardware().getComputerSystem().getHardwareUUID());
    }

    /** OSHI's answer as the generator would hash it: unchanged, or empty for OSHI's blank/"unknown". */
    static Optional<String> accept(String v) {
        if (v == null || v.isBlank() || Constants.UNKNOWN.equalsIgnoreCase(v.strip())) {
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
