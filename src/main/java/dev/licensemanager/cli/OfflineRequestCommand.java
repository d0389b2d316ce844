package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.doctor.DoctorText;
import dev.licensemanager.service.offline.OfflineDeactivation;
import dev.licensemanager.service.offline.OfflineRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code license-manager offline-request --out FILE}: the v2 offline deactivation request file. */
@Command(name = "offline-request", mixinStandardHelpOptions = true,
        description = "Write an offline deactivation request (schema v2) to upload at https://offline.licensespring.com "
                + "from any computer with internet. Identity: --license-key or --username (no password is needed or "
                + "written); --send also sends it now, if online. " + ExitCodes.OFFLINE_CODES)
final class OfflineRequestCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the request, e.g. " + OfflineDeactivation.DEFAULT_FILE_NAME)
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--license-key", paramLabel = "KEY",
                description = "The license key ('-' reads it from stdin, keeping it out of the process list).")
        String licenseKey;

        @Option(names = "--username", paramLabel = "NAME", description = "The license user's e-mail/username.")
        String username;
    }

    @Option(names = "--send", description = "Also send the same payload now (deactivate_offline), if online.")
    boolean send;

    @Mixin
    TargetOptions target;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    OfflineRequestCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        OutcomePrinter printer = new OutcomePrinter(ctx, json);
        CommandSetup setup;
        try {
            setup = CommandSetup.prepare(ctx, printer, target.product, target.hardwareId, target.apiUrl, null, true);
        } catch (CommandSetup.Failed f) {
            return f.exitCode();
        }
        String productCode = setup.product();
        String hwid = setup.hardwareId();
        ClientSettings settings = setup.settings();
        DeactivationInput input;
        try {
            input = who.licenseKey != null
                    ? DeactivationInput.licenseKey(productCode, hwid, new SecretInput(ctx).keyOrStdin(who.licenseKey).strip())
                    : DeactivationInput.user(productCode, hwid, who.username.strip(), null);
        } catch (IOException e) {
            return printer.usage("could not read the license key from stdin: " + e.getMessage(), productCode, hwid);
        }
        input = input.withLicenseId(target.licenseId).withBundle(false, target.bundleCode);
        OfflineDeactivation offline = ctx.services().offlineDeactivation(settings);
        OfflineRequest request;
        try {
            request = offline.create(input);
        } catch (IllegalArgumentException e) {
            return printer.usage(e.getMessage(), productCode, hwid);
        }
        java.util.List<Path> created = OfflineDeactivation.missingFolders(out);
        Path written;
        try {
            written = offline.write(request, out);
        } catch (IOException e) {
            return printer.notWritten(out, e);
        }
        DoctorText words = new DoctorText(ctx.services().locale());
        String where = new MessageFormat(words.get(offline.whereKey()), Locale.ROOT).format(new Object[] {offline.portalUrl()});
        if (!json && !created.isEmpty()) {
            ctx.out().println(fmt(words.get("offline.foldersCreated"), created.get(created.size() - 1)));
        }
        if (send) {
            Outcome o = offline.send(request, new Cancellation());
            if (!json) {
                ctx.out().println(fmt(words.get("offline.written"), written));
            }
            return printer.outcome(o, productCode, hwid);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", written.toString());
            m.put("request_id", request.requestId());
            m.put("product", productCode);
            m.put("hardware_id", hwid);
            if (!created.isEmpty()) {
                m.put("created_folders", created.stream().map(Path::toString).toList());
            }
            m.put("demo", offline.demo());
            if (!offline.demo()) {
                m.put("upload_at", offline.portalUrl());
            }
            m.put("how", where);
            m.put("exit_code", ExitCodes.OK);
            JsonOut.print(ctx.out(), m);
        } else {
            ctx.out().println(fmt(words.get("offline.written"), written));
            ctx.out().println(where);
        }
        return ExitCodes.OK;
    }

    private static String fmt(String pattern, Object arg) {
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {arg});
    }
}
