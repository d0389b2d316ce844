package dev.licensemanager.hardware;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Everything the providers read from the outside world, so tests substitute any of it. {@link #system()} is the
 * real machine: OS from {@code os.name}, real files, OSHI/JNA facts (created lazily, only on their OS), JDK HTTP.
 */
public record HardwareIdEnvironment(String osName, Map<String, String> env, FactFiles files, LinuxPaths linuxPaths,
                                    Supplier<WindowsFacts> windowsFacts, Supplier<MacFacts> macFacts,
                                    HttpFetcher http, CloudEndpoints cloudEndpoints, CommandRunner commands,
                                    Supplier<UUID> uuids) {

    public HardwareIdEnvironment {
        env = Map.copyOf(env);
    }

    public static HardwareIdEnvironment system() {
        Map<String, String> env = System.getenv();
        OshiHardwareUuid oshi = new OshiHardwareUuid();
        return new HardwareIdEnvironment(System.getProperty("os.name", ""), env, new NioFactFiles(),
                LinuxPaths.standard(), () -> new JnaWindowsFacts(oshi, env), () -> () -> {
                    try {
                        return oshi.read();
                    } catch (RuntimeException | LinkageError e) {
                        throw new FactUnavailableException(HardwareIdFailures.PLATFORM_UUID_MISSING,
                                "The platform UUID could not be read (" + e.getClass().getSimpleName() + ").", e);
                    }
                }, new JdkHttpFetcher(), CloudEndpoints.standard(), new ProcessCommandRunner(), UUID::randomUUID);
    }

    public HardwareIdEnvironment withOsName(String os) {
        return new HardwareIdEnvironment(os, env, files, linuxPaths, windowsFacts, macFacts, http, cloudEndpoints,
                commands, uuids);
    }

    public HardwareIdEnvironment withLinux(LinuxPaths paths, FactFiles f) {
        return new HardwareIdEnvironment(osName, env, f, paths, windowsFacts, macFacts, http, cloudEndpoints,
                commands, uuids);
    }

    public HardwareIdEnvironment withWindowsFacts(WindowsFacts facts) {
        return new HardwareIdEnvironment(osName, env, files, linuxPaths, () -> facts, macFacts, http, cloudEndpoints,
                commands, uuids);
    }

    public HardwareIdEnvironment withMacFacts(MacFacts facts) {
        return new HardwareIdEnvironment(osName, env, files, linuxPaths, windowsFacts, () -> facts, http,
                cloudEndpoints, commands, uuids);
    }

    public HardwareIdEnvironment withCloud(HttpFetcher fetcher, CloudEndpoints endpoints, Map<String, String> e) {
        return new HardwareIdEnvironment(osName, e, files, linuxPaths, windowsFacts, macFacts, fetcher, endpoints,
                commands, uuids);
    }

    public HardwareIdEnvironment withCommands(CommandRunner runner) {
        return new HardwareIdEnvironment(osName, env, files, linuxPaths, windowsFacts, macFacts, http, cloudEndpoints,
                runner, uuids);
    }

    public HardwareIdEnvironment withUuids(Supplier<UUID> u) {
        return new HardwareIdEnvironment(osName, env, files, linuxPaths, windowsFacts, macFacts, http, cloudEndpoints,
                commands, u);
    }
}
