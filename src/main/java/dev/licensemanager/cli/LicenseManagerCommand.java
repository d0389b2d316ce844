package dev.licensemanager.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

/** Root of the picocli command tree. */
public final class LicenseManagerCommand {
    public static final Set<String> SUBCOMMANDS = Set.of(
            "deactivate", "hardware-id", "doctor", "offline-request", "support-bundle", "sandbox", "licenses", "help");

    private LicenseManagerCommand() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return 1;
    }
}
