package dev.licensemanager.cli;

import dev.licensemanager.service.Outcome;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code license-manager release}: frees a floating cloud seat with {@code floating/release}. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Release this computer's floating cloud seat (floating/release), borrowed or not. The user-based "
                + "variant needs no password. Exit codes as for 'deactivate': 0 released, 1 unexpected, 2 invalid "
                + "input (nothing sent), 3 no seat in use here, 4 rejected, 5 vendor configuration, 6 clock skew, "
                + "7 network/TLS/proxy, 8 server error or rate limit.")
final class ReleaseCommand implements Callable<Integer> {
    private final CliContext ctx;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    @Option(names = "--product", paramLabel = "CODE", description = "Product short code (default: the configuration's).")
    String product;

    @Option(names = "--license-id", paramLabel = "N", description = "Limit to one license.")
    Long licenseId;

    @Option(names = "--hardware-id", paramLabel = "ID", description = "Override this computer's hardware ID.")
    String hardwareId;

    @Option(names = "--api-url", paramLabel = "URL", description = "API host base, e.g. https://api.licensespring.com")
    String apiUrl;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    static final class Who {
        @Option(names = "--license-key", paramLabel = "KEY",
                description = "The license key ('-' reads it from stdin, keeping it out of the process list).")
        String licenseKey;

        @Option(names = "--username", paramLabel = "NAME", description = "The license user's e-mail/username.")
        String username;
    }

    ReleaseCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        OutcomePrinter printer = new OutcomePrinter(ctx, json);
        CommandSetup setup;
        try {
            setup = CommandSetup.prepare(ctx, printer, product, hardwareId, apiUrl, null, true);
        } catch (CommandSetup.Failed f) {
            return f.exitCode();
        }
        if (setup.product() == null) {
            return printer.usage("--product is required (no product in the configuration)", null, setup.hardwareId());
        }
        String key;
        try {
            key = new SecretInput(ctx).keyOrStdin(who.licenseKey);
        } catch (java.io.IOException e) {
            return printer.usage("could not read the license key from stdin: " + e.getMessage(), setup.product(),
                    setup.hardwareId());
        }
        var service = ctx.services().computerLicenses(ctx.services().client(setup.settings()), setup.cfg());
        try (CancelOnExit c = new CancelOnExit()) {
            Outcome o = service.release(setup.product(), setup.hardwareId(), key == null ? null : key.strip(),
                    who.username == null ? null : who.username.strip(), licenseId, c.cancellation());
            CliProductName.name(ctx, printer, setup, o, json, c.cancellation());
            return printer.outcome(o, setup.product(), setup.hardwareId());
        }
    }
}
