package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the picocli command tree. Each subcommand is an instance built with the {@link CliContext}. */
@Command(name = "license-manager", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Free this machine's LicenseSpring license seat (deactivate). Without a subcommand the window opens.")
public final class LicenseManagerCommand implements Runnable {
    private final CliContext ctx;

    private LicenseManagerCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(ctx.out());
    }

    /** Runs a command line with the real streams and the services {@code app} wires ({@link CliServices}). */
    public static int execute(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                              CliServices services) {
        return execute(args, new CliContext(out, err, System.in, env, services));
    }

    public static int execute(String[] args, CliContext ctx) {
        CommandLine cl = build(ctx);
        return cl.execute(args);
    }

    /**
     * The window cannot open (no display): one plain sentence naming the commands (read from the command tree),
     * exit 2, so a script that called the tool without a command learns what to call instead of a Java trace.
     */
    public static int noDisplay(String reason, PrintStream err, Map<String, String> env, CliServices services) {
        CliContext ctx = new CliContext(err, err, InputStream.nullInputStream(), env, services);
        CommandLine cl = build(ctx);
        dev.licensemanager.service.doctor.DoctorText words = new dev.licensemanager.service.doctor.DoctorText(ctx.services().locale());
        err.println(new java.text.MessageFormat(words.get("cli.noDisplay"), java.util.Locale.ROOT)
                .format(new Object[] {reason, cl.getCommandName()}) + " " + new UsageErrors(ctx).commandsSentence(cl));
        return ExitCodes.USAGE;
    }

    /** Argument text too long to take (see the launcher's limit in docs/support.md): said in words, exit 2. */
    public static int argumentsTooLong(int chars, int max, PrintStream err, Map<String, String> env, CliServices services) {
        var words = new dev.licensemanager.service.doctor.DoctorText(services.locale());
        err.println(new java.text.MessageFormat(words.get("cli.argsTooLong"), java.util.Locale.ROOT)
                .format(new Object[] {String.valueOf(chars), String.valueOf(max)}));
        return ExitCodes.USAGE;
    }

    static CommandLine build(CliContext ctx) {
        CommandLine cl = new CommandLine(new LicenseManagerCommand(ctx));
        // Subcommands register here, one line each.
        cl.addSubcommand("deactivate", new DeactivateCommand(ctx));
        cl.addSubcommand("sandbox", new SandboxCommand(ctx, ctx.services()::defaultHardwareId, true));
        cl.addSubcommand("doctor", new DoctorCommand(ctx));
        cl.addSubcommand("offline-request", new OfflineRequestCommand(ctx));
        cl.addSubcommand("support-bundle", new SupportBundleCommand(ctx));
        cl.addSubcommand("licenses", new LicensesCommand(ctx));
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.addSubcommand("hardware-id", new HardwareIdCommand(ctx, ctx.services().hardwareIdSettingsOrDefault(),
                ctx.services()::hardwareIdService));
        cl.setOut(new PrintWriter(ctx.out(), true));
        cl.setErr(new PrintWriter(ctx.err(), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            ctx.err().println("Unexpected error: " + ex.getClass().getSimpleName());
            org.slf4j.LoggerFactory.getLogger(LicenseManagerCommand.class).error("unexpected CLI failure", ex);
            return ExitCodes.UNEXPECTED;
        });
        // Last, so that it reaches every subcommand registered above.
        cl.setParameterExceptionHandler(new UsageErrors(ctx));
        return cl;
    }
}
