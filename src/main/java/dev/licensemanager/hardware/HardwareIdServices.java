package dev.licensemanager.hardware;

import java.util.List;
import java.util.Locale;

/** Builds the hardware-ID service for the configured algorithm and this OS. Called by the composition root. */
public final class HardwareIdServices {
    private HardwareIdServices() {
    }

    /** The cached service for the real machine. */
    public static HardwareIdService create(HardwareIdSettings settings) {
        return create(settings, HardwareIdEnvironment.system());
    }

    /** The cached service on the given environment (tests, bench). */
    public static HardwareIdService create(HardwareIdSettings settings, HardwareIdEnvironment env) {
        return new CachingHardwareIdService(createUncached(settings, env), settings.algorithm());
    }

    /** A service that recomputes on every call (bench; a "recompute" action). */
    public static HardwareIdService createUncached(HardwareIdSettings settings, HardwareIdEnvironment env) {
        HardwareIdAlgorithm alg = settings.algorithm();
        if (alg == HardwareIdAlgorithm.MANUAL) {
            return new ManualHardwareId(settings, env.files(), env.commands());
        }
        if (alg == HardwareIdAlgorithm.CLOUD_PLATFORMS) {
            if (!settings.allowCloud()) {
                return failing(HardwareIdFailures.CLOUD_NOT_ALLOWED, "Algorithm 5 (CloudPlatformsId) contacts cloud"
                        + " metadata services and is used only when the vendor configuration allows it.", alg);
            }
            return new CloudHardwareId(env.http(), env.cloudEndpoints(), env.env());
        }
        return switch (osFamily(env.osName())) {
            case LINUX -> new LinuxHardwareId(alg, env.linuxPaths(), env.files(), env.uuids());
            case WINDOWS -> new WindowsHardwareId(alg, env.windowsFacts().get());
            case MAC -> new MacHardwareId(alg, env.macFacts().get());
            case OTHER -> failing(HardwareIdFailures.UNSUPPORTED_OS, "The LicenseSpring hardware-ID algorithms are"
                    + " defined for Windows, Linux and macOS, not for " + env.osName() + ".", alg);
        };
    }

    enum OsFamily { LINUX, WINDOWS, MAC, OTHER }

    static OsFamily osFamily(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return OsFamily.LINUX;
        }
        if (os.startsWith("windows")) {
            return OsFamily.WINDOWS;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return OsFamily.MAC;
        }
        return OsFamily.OTHER;
    }

    private static HardwareIdService failing(String code, String message, HardwareIdAlgorithm alg) {
        HardwareIdResult r = new HardwareIdResult.Failed(code, message, alg, List.of());
        return () -> r;
    }
}
