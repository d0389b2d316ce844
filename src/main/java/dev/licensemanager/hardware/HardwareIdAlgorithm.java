package dev.licensemanager.hardware;

import java.util.Locale;
import java.util.Optional;

/**
 * The hardware-ID algorithms of LicenseSpring's SDK-independent generator library (codes 0–5,
 * as LicenseSpring names them), plus {@link #MANUAL}: an ID supplied by the vendor's command or file, or typed by support.
 */
public enum HardwareIdAlgorithm {
    DEFAULT(0, "Default"),
    WINDOWS_HARDWARE_FINGERPRINT(1, "WindowsHardwareFingerprintId"),
    WINDOWS_COMPUTER_SYSTEM_PRODUCT(2, "WindowsComputerSystemProductId"),
    WINDOWS_CRYPTOGRAPHY(3, "WindowsCryptographyId"),
    LINUX_MACHINE_ID(4, "LinuxMachineId"),
    CLOUD_PLATFORMS(5, "CloudPlatformsId"),
    /** Not a generator algorithm: the ID comes from a configured command, file or support. Code -1. */
    MANUAL(-1, "Manual");

    private final int code;
    private final String libraryName;

    HardwareIdAlgorithm(int code, String libraryName) {
        this.code = code;
        this.libraryName = libraryName;
    }

    /** The generator's numeric code, or -1 for {@link #MANUAL}. */
    public int code() {
        return code;
    }

    /** The name the generator library and the SDK docs use, e.g. {@code LinuxMachineId}. */
    public String libraryName() {
        return libraryName;
    }

    /** Kebab-case name for the CLI and config, e.g. {@code linux-machine-id}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isGeneratorAlgorithm() {
        return code >= 0;
    }

    /**
     * Accepts a code ("4"), the enum name in any case with '-', '_' or spaces ("linux-machine-id",
     * "LINUX_MACHINE_ID"), the library name ("LinuxMachineId", "WindowsCryptographyId"), and "custom" for MANUAL.
     */
    public static Optional<HardwareIdAlgorithm> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.matches("\\d{1,3}")) {
            int code = Integer.parseInt(trimmed);
            for (HardwareIdAlgorithm a : values()) {
                if (a.isGeneratorAlgorithm() && a.code == code) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
        String key = trimmed.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
        if (key.equals("custom")) {
            return Optional.of(MANUAL);
        }
        for (HardwareIdAlgorithm a : values()) {
            if (!key.isEmpty() && key.equals(a.name().toLowerCase(Locale.ROOT).replace("_", ""))
                    || key.equals(a.libraryName.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
