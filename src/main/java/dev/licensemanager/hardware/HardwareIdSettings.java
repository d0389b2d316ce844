package dev.licensemanager.hardware;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * From the vendor configuration's {@code hardware_id} strings (any may be null or blank).
     * <ul>
     *   <li>algorithm: anything {@link HardwareIdAlgorithm#parse} accepts; blank means Default, unless a command or
     *       file is given, which then means MANUAL.</li>
     *   <li>A configuration that names algorithm 5 is the vendor asking for it, so cloud is allowed.</li>
     *   <li>command: split by {@link #splitCommand}; run without a shell.</li>
     * </ul>
     *
     * @throws IllegalArgumentException with a plain message naming {@code hardware_id.algorithm} if it is unknown
     */
    public static HardwareIdSettings fromConfig(String algorithm, String command, String file) {
        boolean hasCommand = command != null && !command.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        HardwareIdAlgorithm a;
        if (algorithm == null || algorithm.isBlank()) {
            a = hasCommand || hasFile ? HardwareIdAlgorithm.MANUAL : HardwareIdAlgorithm.DEFAULT;
        } else {
            a = HardwareIdAlgorithm.parse(algorithm).orElseThrow(() -> new IllegalArgumentException(
                    "hardware_id.algorithm '" + algorithm.strip() + "' is unknown; use 0-5, default,"
                            + " windows-hardware-fingerprint, windows-computer-system-product, windows-cryptography,"
                            + " linux-machine-id, cloud-platforms or manual"));
        }
        return new HardwareIdSettings(a, null, hasCommand ? splitCommand(command) : List.of(),
                hasFile ? Path.of(file.strip()) : null, a == HardwareIdAlgorithm.CLOUD_PLATFORMS,
                DEFAULT_COMMAND_TIMEOUT);
    }

    /**
     * Splits a configured command line into argv: blanks separate words, and "double" or 'single' quotes group
     * words with blanks. Backslashes are literal, so Windows paths work as written.
     */
    public static List<String> splitCommand(String line) {
        List<String> argv = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    argv.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("hardware_id.command has an unclosed " + quote + " quote");
        }
        if (inWord) {
            argv.add(word.toString());
        }
        return List.copyOf(argv);
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
