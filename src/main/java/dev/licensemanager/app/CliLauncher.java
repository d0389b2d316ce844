package dev.licensemanager.app;

import dev.licensemanager.cli.LicenseManagerCommand;
import dev.licensemanager.config.Prefill;
import java.util.Map;

/** Decides whether argv asks for the CLI, and runs it without touching JavaFX. */
final class CliLauncher {
    private CliLauncher() {
    }

    /**
     * No arguments, a {@code license-manager://} link or the window's prefill options open the window; anything else
     * is the CLI: a subcommand, {@code --help}/{@code --version}, and also a mistyped command or an unknown option,
     * which the CLI refuses (exit 2) instead of silently opening a window that an uninstaller script would wait on.
     */
    static boolean isCliInvocation(String[] args) {
        return args.length > 0 && !Prefill.isWindowArgument(args[0]);
    }

    /**
     * The most argument text taken, all arguments together. No value the tool takes needs more (secrets and tokens
     * never come from argv), and Linux's packaged launcher (jpackage's, up to at least JDK 25) dies with signal 11
     * before Java starts once the arguments pass about 63.5 KB (docs/support.md, "Known limits"): below that,
     * too-long input is refused in words, the same from the launcher and from {@code java -jar}.
     */
    static final int MAX_ARGUMENT_CHARS = 16 * 1024;

    /** All arguments' characters together. */
    static int argumentChars(String[] args) {
        int total = 0;
        for (String a : args) {
            total += a.length();
        }
        return total;
    }

    static int refuseLongArguments(int chars) {
        Map<String, String> env = System.getenv();
        return LicenseManagerCommand.argumentsTooLong(chars, MAX_ARGUMENT_CHARS, System.err, env, new CompositionRoot(env));
    }

    static int run(String[] args) {
        Map<String, String> env = System.getenv();
        return LicenseManagerCommand.execute(args, System.out, System.err, env, new CompositionRoot(env));
    }

    /** The window cannot open here: one plain sentence naming the commands, exit 2 (usage). */
    static int noDisplay(String reason) {
        Map<String, String> env = System.getenv();
        return LicenseManagerCommand.noDisplay(reason, System.err, env, new CompositionRoot(env));
    }
}
