package dev.licensemanager.hardware;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MANUAL route, for products whose SDK used a strategy we do not reproduce (legacy Java SDK strategies): the ID is
 * taken as given (not hashed) from support's typed value, else the custom file, else the custom command.
 */
final class ManualHardwareId implements HardwareIdService {
    private static final Logger LOG = LoggerFactory.getLogger(ManualHardwareId.class);
    static final String TYPED = "ID typed by support";
    private static final HardwareIdAlgorithm ALG = HardwareIdAlgorithm.MANUAL;

    private final HardwareIdSettings settings;
    private final FactFiles files;
    private final CommandRunner runner;

    ManualHardwareId(HardwareIdSettings settings, FactFiles files, CommandRunner runner) {
        this.settings = settings;
        this.files = files;
        this.runner = runner;
    }

    @Override
    public HardwareIdResult compute() {
        if (settings.manualId() != null) {
            return validated(settings.manualId(), TYPED);
        }
        if (settings.customFile() != null) {
            return fromFile(settings.customFile());
        }
        if (!settings.customCommand().isEmpty()) {
            return fromCommand(settings.customCommand());
        }
        return new HardwareIdResult.Failed(HardwareIdFailures.MANUAL_NOT_CONFIGURED,
                "The manual hardware-ID route is selected but no ID, file or command is configured.", ALG, List.of());
    }

    private HardwareIdResult fromFile(Path file) {
        String name = "custom file " + file;
        try {
            Optional<String> content = files.read(file);
            if (content.isEmpty()) {
                return failed(HardwareIdFailures.CUSTOM_FILE_UNREADABLE, "The custom ID file " + file + " does not exist.", name);
            }
            return firstLine(content.get()).map(line -> validated(line, name))
                    .orElseGet(() -> failed(HardwareIdFailures.MANUAL_INVALID, "The custom ID file " + file + " is empty.", name));
        } catch (IOException e) {
            return failed(HardwareIdFailures.CUSTOM_FILE_UNREADABLE,
                    "The custom ID file " + file + " could not be read (" + e.getClass().getSimpleName() + ").", name);
        }
    }

    private HardwareIdResult fromCommand(List<String> argv) {
        String name = "custom command " + argv.get(0);
        try {
            CommandRunner.Output out = runner.run(argv, settings.commandTimeout());
            if (out.timedOut()) {
                return failed(HardwareIdFailures.CUSTOM_COMMAND_TIMEOUT, "The custom ID command did not finish within "
                        + settings.commandTimeout().toMillis() + " ms and was stopped.", name);
            }
            if (out.exitCode() != 0) {
                return failed(HardwareIdFailures.CUSTOM_COMMAND_FAILED,
                        "The custom ID command exited with code " + out.exitCode() + ".", name);
            }
            return firstLine(out.stdout()).map(line -> validated(line, name))
                    .orElseGet(() -> failed(HardwareIdFailures.MANUAL_INVALID, "The custom ID command printed nothing.", name));
        } catch (IOException e) {
            LOG.debug("custom command failed to start", e);
            return failed(HardwareIdFailures.CUSTOM_COMMAND_FAILED,
                    "The custom ID command could not be started (" + e.getMessage() + ").", name);
        }
    }

    private static Optional<String> firstLine(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst();
    }

    private HardwareIdResult validated(String raw, String sourceName) {
        return Normalisation.manualId(raw)
                .<HardwareIdResult>map(id -> new HardwareIdResult.Computed(id, ALG, List.of(SourceRead.found(sourceName)),
                        List.of("The hardware ID was supplied by the " + sourceName
                                + "; it is not read from this machine's hardware."), false))
                .orElseGet(() -> failed(HardwareIdFailures.MANUAL_INVALID, "The ID from " + sourceName
                        + " is not valid: it must be 1 to 256 printable characters.", sourceName));
    }

    private static HardwareIdResult failed(String code, String message, String sourceName) {
        return new HardwareIdResult.Failed(code, message, ALG, List.of(SourceRead.missing(sourceName)));
    }
}
