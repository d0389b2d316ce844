package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.doctor.DoctorText;
import dev.licensemanager.service.support.SupportBundle;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code license-manager support-bundle --out FILE.zip}: facts for support, without secrets. */
@Command(name = "support-bundle", mixinStandardHelpOptions = true,
        description = "Write a zip for support: versions, the vendor configuration with secrets masked, the hardware-ID "
                + "explanation, a connectivity check, the last outcomes and the recent log. Contains no passwords, keys "
                + "or tokens. " + ExitCodes.SUPPORT_BUNDLE_CODES)
final class SupportBundleCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Where to write the zip.")
    Path out;

    @Option(names = "--api-url", paramLabel = "URL", description = "Check this API host instead of the configured one.")
    String apiUrl;

    @Option(names = "--summary", description = "Also print the short summary (as the window's \"Copy summary\").")
    boolean summary;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    SupportBundleCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ctx.err().println("--out: the file name must end in .zip");
            return ExitCodes.USAGE;
        }
        if (apiUrl != null && dev.licensemanager.api.UrlPolicy.problem(apiUrl) != null) {
            ctx.err().println("--api-url: " + dev.licensemanager.api.UrlPolicy.problem(apiUrl));
            return ExitCodes.USAGE;
        }
        VendorConfig cfg = null;
        String problem = null;
        try {
            cfg = ctx.services().loadConfig();
        } catch (ConfigException e) {
            problem = e.getMessage();
        }
        try (DemoTarget target = DemoTarget.of(ctx, cfg, apiUrl)) {
            return write(cfg, problem, target.apiUrl());
        }
    }

    private int write(VendorConfig cfg, String problem, String checkedUrl) {
        SupportBundle bundle = ctx.services().supportBundle(cfg, problem, checkedUrl, Locale.ROOT); // English: for support
        Path written;
        try {
            written = bundle.write(out, null);
        } catch (IOException e) {
            return new OutcomePrinter(ctx, json).notWritten(out, e);
        }
        String text = summary ? bundle.summary(null) : null;
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", written.toString());
            if (text != null) {
                m.put("summary", text);
            }
            m.put("exit_code", ExitCodes.OK);
            JsonOut.print(ctx.out(), m);
        } else {
            DoctorText words = new DoctorText(ctx.services().locale());
            ctx.out().println(new MessageFormat(words.get("bundle.written"), Locale.ROOT).format(new Object[] {written}));
            if (text != null) {
                ctx.out().print(text);
            }
        }
        return ExitCodes.OK;
    }
}
