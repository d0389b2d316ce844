package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.doctor.CheckReport;
import dev.licensemanager.service.doctor.DoctorCheck;
import dev.licensemanager.service.doctor.DoctorReport;
import dev.licensemanager.service.doctor.DoctorReportFormat;
import dev.licensemanager.service.doctor.DoctorText;
import dev.licensemanager.service.doctor.Verdict;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code license-manager doctor}: the connectivity check, finished within 15 s whatever hangs. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check what deactivation needs: DNS, proxy, connection, TLS (interception), the license server, "
                + "the clock and the vendor configuration. Sends no credentials. Finishes within 15 s. "
                + ExitCodes.DOCTOR_CODES)
final class DoctorCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--api-url", paramLabel = "URL", description = "Check this API host instead of the configured one.")
    String apiUrl;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    DoctorCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        VendorConfig cfg = null;
        String problem = null;
        try {
            cfg = ctx.services().loadConfig();
        } catch (ConfigException e) {
            problem = e.getMessage();
        }
        if (apiUrl != null && dev.licensemanager.api.UrlPolicy.problem(apiUrl) != null) {
            ctx.err().println("--api-url: " + dev.licensemanager.api.UrlPolicy.problem(apiUrl));
            return ExitCodes.USAGE;
        }
        DoctorReport report;
        try (DemoTarget target = DemoTarget.of(ctx, cfg, apiUrl)) {
            report = ctx.services().doctor(cfg, problem, target.apiUrl()).run();
        }
        DoctorReportFormat format = new DoctorReportFormat(new DoctorText(ctx.services().locale()));
        int exit = exitCode(report);
        if (json) {
            Map<String, Object> m = format.toMap(report);
            m.put("exit_code", exit);
            JsonOut.print(ctx.out(), m);
        } else {
            ctx.out().print(format.toText(report));
        }
        return exit;
    }

    static int exitCode(DoctorReport r) {
        boolean network = false;
        for (DoctorCheck c : new DoctorCheck[] {DoctorCheck.DNS, DoctorCheck.PROXY, DoctorCheck.TCP, DoctorCheck.TLS,
            DoctorCheck.API}) {
            CheckReport cr = r.get(c);
            network |= cr != null && cr.verdict().problem();
        }
        if (network) {
            return ExitCodes.NETWORK;
        }
        if (r.get(DoctorCheck.CLOCK).verdict().problem()) {
            return ExitCodes.CLOCK_SKEW;
        }
        if (r.get(DoctorCheck.CONFIG).verdict() == Verdict.FAIL) {
            return ExitCodes.VENDOR_CONFIG;
        }
        return ExitCodes.OK;
    }
}
