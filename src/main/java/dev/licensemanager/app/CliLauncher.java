package dev.licensemanager.app;

import dev.licensemanager.cli.LicenseManagerCommand;
import java.util.Map;

/** Decides whether argv asks for the CLI, and runs it without touching JavaFX. */
final class CliLauncher {
    private CliLauncher() {
    }

    /** A subcommand (or --help/--version) means CLI; bare options are window prefill. */
    static boolean isCliInvocation(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return LicenseManagerCommand.SUBCOMMANDS.contains(first)
                || first.equals("--help") || first.equals("-h")
                || first.equals("--version") || first.equals("-V");
    }

    static int run(String[] args) {
        Map<String, String> env = System.getenv();
        return LicenseManagerCommand.execute(args, System.out, System.err, env, new CompositionRoot(env));
    }
}
