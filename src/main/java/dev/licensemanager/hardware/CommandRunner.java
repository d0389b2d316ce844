package dev.licensemanager.hardware;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Runs the vendor's custom ID command (MANUAL route). */
public interface CommandRunner {
    /** @param stdout what the command wrote before it ended or was killed */
    record Output(int exitCode, String stdout, boolean timedOut) {
    }

    Output run(List<String> argv, Duration timeout) throws IOException;
}
