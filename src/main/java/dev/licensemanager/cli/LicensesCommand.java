package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.LicensesResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code license-manager licenses}: a user's licenses, to choose {@code --license-id}. */
@Command(name = "licenses", mixinStandardHelpOptions = true,
        description = "List a license user's licenses for the product (user_licenses), to choose --license-id for "
                + "'deactivate'. The password comes from LM_PASSWORD, --password-stdin or a prompt, never argv. "
                + "Exit codes: 0 listed, 2 invalid input, 4 rejected, 5 vendor configuration, 6 clock skew, "
                + "7 network/TLS/proxy, 8 server error or rate limit.")
final class LicensesCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--product", paramLabel = "CODE", description = "Product short code (default: the configuration's).")
    String product;

    @Option(names = "--username", required = true, paramLabel = "NAME", description = "The license user's e-mail/username.")
    String username;

    @Option(names = "--password-stdin", description = "Read the user's password from the first line of stdin.")
    boolean passwordStdin;

    @Option(names = "--api-url", paramLabel = "URL", description = "API host base, e.g. https://api.licensespring.com")
    String apiUrl;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    LicensesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        OutcomePrinter printer = new OutcomePrinter(ctx, json);
        CommandSetup setup;
        try {
            setup = CommandSetup.prepare(ctx, printer, product, null, apiUrl, null, false);
        } catch (CommandSetup.Failed f) {
            return f.exitCode();
        }
        ClientSettings settings = setup.settings();
        String productCode = setup.product();
        if (productCode == null) {
            return printer.usage("product is required: no product in the configuration (--product or LM_PRODUCT)", null, null);
        }
        SecretInput secrets = new SecretInput(ctx);
        char[] pw = passwordStdin ? secrets.stdinLine() : secrets.env("LM_PASSWORD");
        if (pw == null && !passwordStdin) {
            pw = secrets.prompt("Password for " + username);
        }
        if (pw == null) {
            return printer.usage("a password is needed: set LM_PASSWORD, use --password-stdin, or run in a terminal",
                    productCode, null);
        }
        DeactivationInput in = DeactivationInput.user(productCode, null, username.strip(), pw);
        LicensesResult r;
        try {
            r = ctx.services().deactivationService(ctx.services().client(settings)).userLicenses(in, new Cancellation());
        } finally {
            in.wipe();
        }
        if (!r.ok()) {
            return printer.outcome(r.failure(), productCode, null);
        }
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (LicenseSummary l : r.licenses()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("license_id", l.licenseId());
                m.put("license_type", l.licenseType());
                m.put("active", l.active());
                m.put("enabled", l.enabled());
                m.put("times_activated", l.timesActivated());
                m.put("max_activations", l.maxActivations());
                m.put("valid_until", l.validUntil());
                m.put("user", l.userEmail());
                list.add(m);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("product", productCode);
            m.put("licenses", list);
            m.put("exit_code", ExitCodes.OK);
            JsonOut.print(ctx.out(), m);
        } else if (r.licenses().isEmpty()) {
            ctx.out().println("No licenses for " + username + " on " + productCode + ".");
        } else {
            ctx.out().println("license id   type         active  activations  valid until");
            for (LicenseSummary l : r.licenses()) {
                ctx.out().printf("%-12s %-12s %-7s %-12s %s%n", l.licenseId(), l.licenseType(), l.active() ? "yes" : "no",
                        l.timesActivated() + "/" + (l.maxActivations() == null ? "-" : l.maxActivations()),
                        l.validUntil() == null ? "-" : l.validUntil());
            }
            ctx.out().println("Use: license-manager deactivate --product " + productCode + " --username " + username
                    + " --license-id <id>");
        }
        return ExitCodes.OK;
    }
}
