package dev.licensemanager.hardware;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the vendor configuration (or the CLI) chooses. The MANUAL sources are used in the order: ID typed by support,
 * then the custom file, then the custom command.
 *
 * @param manualId       an ID typed by support, used as given after trimming (nullable)
 * @param customCommand  argv of a command whose first non-empty stdout line is the ID (empty = none; no shell)
 * @param customFile     a file whose first non-empty line is the ID (nullable)
 * @param allowCloud     algorithm 5 contacts metadata endpoints: refused unless this is true
 * @param commandTimeout how long the custom command may run
 */
public record HardwareIdSettings(HardwareIdAlgorithm algorithm, String manualId, List<String> customCommand,
                                 Path customFile, boolean allowCloud, Duration commandTimeout) {
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(10);

    public HardwareIdSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        customCommand = customCommand == null ? List.of() : List.copyOf(customCommand);
        commandTimeout = commandTimeout == null ? DEFAULT_COMMAND_TIMEOUT : commandTimeout;
    }

    /** The generator's Default algorithm, no manual sources, no cloud. */
    public static HardwareIdSettings defaults() {
        return of(HardwareIdAlgorithm.DEFAULT);
    }

    public static HardwareIdSettings of(HardwareIdAlgorithm algorithm) {
        return new HardwareIdSettings(algorithm, null, List.of(), null, false, DEFAULT_COMMAND_TIMEOUT);
    }

    public HardwareIdSettings withAlgorithm(HardwareIdAlgorithm a) {
        return new HardwareIdSettings(a, manualId, customCommand, customFile, allowCloud, commandTimeout);
    }

    public HardwareIdSettings withManualId(String id) {
        return new HardwareIdSettings(algorithm, id, customCommand, customFile, allowCloud, commandTimeout);
    }

    public HardwareIdSettings withCustomCommand(List<String> argv, Duration timeout) {
        return new HardwareIdSettings(algorithm, manualId, argv, customFile, allowCloud, timeout);
    }

    public HardwareIdSettings withCustomFile(Path file) {
        return new HardwareIdSettings(algorithm, manualId, customCommand, file, allowCloud, commandTimeout);
    }

    public HardwareIdSettings withAllowCloud(boolean allow) {
        return new HardwareIdSettings(algorithm, manualId, customCommand, customFile, allow, commandTimeout);
    }
}
