package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code license-manager deactivate}: sends the deactivation (and its retries) and nothing else, unless --check. */
@Command(name = "deactivate", mixinStandardHelpOptions = true,
        description = "Free this computer's license seat; with --all, every seat this computer (or --hardware-id) "
                + "holds, each the right way (deactivate, deactivate_bundle or floating/release); with --all, 0 means "
                + "every seat is free, 3 nothing to free, otherwise the worst code. " + ExitCodes.DEACTIVATE_CODES)
final class DeactivateCommand implements Callable<Integer> {
    private final CliContext ctx;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    IdentityOptions identity;

    @Option(names = "--all", description = "Free every seat this computer holds (listed with device_licenses); "
            + "no key or user needed. This is what uninstallers call.")
    boolean all;

    @Option(names = "--bundle", description = "Deactivate a bundle (deactivate_bundle); --product is the bundle code.")
    boolean bundle;

    @Option(names = "--consumptions", paramLabel = "N", description = "Adjust total consumptions when deactivating.")
    Integer consumptions;

    @Option(names = "--public-key", paramLabel = "FILE", description = "PEM public key for response signatures.")
    Path publicKey;

    @Option(names = "--check", description = "Call check_license first and print the license facts.")
    boolean check;

    @Mixin
    TargetOptions target;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    DeactivateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        OutcomePrinter printer = new OutcomePrinter(ctx, json);
        if (all) {
            return all(printer);
        }
        if (identity == null) {
            return printer.usage("say which license: --license-key, --username, --sso-code or --sso-token; "
                    + "or --all for every seat on this computer", target.product, target.hardwareId);
        }
        CommandSetup setup;
        try {
            setup = CommandSetup.prepare(ctx, printer, target.product, target.hardwareId, target.apiUrl, this::readPublicKey, true);
        } catch (CommandSetup.Failed f) {
            return f.exitCode();
        }
        String productCode = setup.product();
        String hwid = setup.hardwareId();
        ClientSettings settings = setup.settings();
        DeactivationInput input;
        try {
            input = input(productCode, hwid, setup.cfg().sso() == null ? null : setup.cfg().sso().customerAccountCode());
        } catch (IOException | IllegalArgumentException e) {
            return printer.usage(e.getMessage(), productCode, hwid);
        }
        DeactivationService service = ctx.services().deactivationService(ctx.services().client(settings));
        StderrProgress progress = new StderrProgress(ctx.err(), java.time.ZoneId.systemDefault(),
                ctx.services().locale());
        Cancellation cancel = new Cancellation().withProgress(progress);
        Thread hook = new Thread(cancel::cancel, "lm-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try (progress) {
            if (check && bundle) {
                printer.checkNotAvailable("not available for bundles");
            } else if (check) {
                CheckResult c = service.check(input, cancel);
                printer.checkFacts(c);
                if (c.stopsDeactivation()) {
                    // The window's rule: stop here, send nothing more (e.g. an answer that could not be verified).
                    return printer.outcome(c.failure(), productCode, input.hardwareId());
                }
            }
            Outcome o = service.deactivate(input, cancel);
            CliProductName.name(ctx, printer, setup, o, json, cancel);
            return printer.outcome(o, productCode, input.hardwareId());
        } finally {
            input.wipe();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting; the hook has run.
            }
        }
    }

    /** {@code --all}: list this computer's seats and free each; nothing but --hardware-id, --api-url, --json. */
    private int all(OutcomePrinter printer) {
        if (identity != null || target.product != null || target.licenseId != null || target.bundleCode != null
                || bundle || consumptions != null || check) {
            return printer.usage("--all frees every seat this computer holds; it takes no key, user, --product, "
                    + "--license-id, --bundle, --bundle-code, --consumptions or --check", target.product,
                    target.hardwareId);
        }
        CommandSetup setup;
        try {
            setup = CommandSetup.prepare(ctx, printer, null, target.hardwareId, target.apiUrl, this::readPublicKey, true);
        } catch (CommandSetup.Failed f) {
            return f.exitCode();
        }
        var service = ctx.services().computerLicenses(ctx.services().client(setup.settings()), setup.cfg());
        try (CancelOnExit c = new CancelOnExit()) {
            var listing = service.list(setup.hardwareId(), c.cancellation());
            return new ThisComputerCli(ctx, printer, json).freeAll(listing, service, c.cancellation());
        }
    }

    private DeactivationInput input(String productCode, String hwid, String configuredAccount) throws IOException {
        SecretInput secrets = new SecretInput(ctx);
        IdentityOptions.Choice c = identity.choice;
        CredentialKind kind = identity.kind();
        // The customer account code from the configuration (LM_CUSTOMER_ACCOUNT_CODE, sso.customer_account_code) when not given.
        String account = identity.customerAccountCode != null ? identity.customerAccountCode
                : kind == CredentialKind.SSO_CODE || kind == CredentialKind.SSO_TOKEN ? configuredAccount : null;
        DeactivationInput in;
        switch (kind) {
            case LICENSE_KEY -> {
                // "-" reads the key from stdin, keeping it out of the process list (ps, /proc/PID/cmdline).
                in = DeactivationInput.licenseKey(productCode, hwid, secrets.keyOrStdin(c.licenseKey).strip());
            }
            case USER -> {
                char[] pw = identity.passwordStdin ? secrets.stdinLine() : secrets.env("LM_PASSWORD");
                if (pw == null && !identity.passwordStdin) {
                    pw = secrets.prompt("Password for " + c.username + " (Enter to deactivate by username only)");
                }
                in = DeactivationInput.user(productCode, hwid, c.username.strip(), pw);
            }
            case SSO_CODE -> {
                char[] code = "-".equals(c.ssoCode) ? secrets.stdinLine() : c.ssoCode.strip().toCharArray();
                in = DeactivationInput.sso(productCode, hwid, kind, code, account, identity.redirectUri);
            }
            default -> {
                if (!"-".equals(c.ssoToken)) {
                    throw new IllegalArgumentException("--sso-token takes no value on the command line (tokens are "
                            + "secrets): set LM_SSO_TOKEN or pipe it on stdin");
                }
                char[] token = secrets.env("LM_SSO_TOKEN");
                in = DeactivationInput.sso(productCode, hwid, kind, token != null ? token : secrets.stdinLine(),
                        account, identity.redirectUri);
            }
        }
        if (kind == CredentialKind.SSO_CODE || kind == CredentialKind.SSO_TOKEN) {
            if (account == null) {
                throw new IllegalArgumentException("customer account code is required with single sign-on "
                        + "(--customer-account-code or LM_CUSTOMER_ACCOUNT_CODE)");
            }
        } else if (identity.customerAccountCode != null) {
            throw new IllegalArgumentException("--customer-account-code only applies to --sso-code/--sso-token");
        }
        if (identity.passwordStdin && kind != CredentialKind.USER) {
            throw new IllegalArgumentException("--password-stdin only applies to --username");
        }
        return in.withLicenseId(target.licenseId).withBundle(bundle, target.bundleCode).withConsumptions(consumptions);
    }

    private PublicKey readPublicKey() throws ConfigException {
        Path file = publicKey;
        String source = "--public-key";
        if (file == null && ctx.env().get("LM_PUBLIC_KEY_FILE") != null) {
            file = Path.of(ctx.env().get("LM_PUBLIC_KEY_FILE"));
            source = "LM_PUBLIC_KEY_FILE";
        }
        if (file == null) {
            return null;
        }
        try {
            return ResponseSignatureVerifier.parsePem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file.toString(), source, "not a readable PEM public key");
        }
    }
}
