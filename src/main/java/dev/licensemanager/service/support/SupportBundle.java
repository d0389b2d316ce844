package dev.licensemanager.service.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.licensemanager.common.AtomicFiles;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.OutcomeHistory;
import dev.licensemanager.service.doctor.CheckReport;
import dev.licensemanager.service.doctor.DoctorReport;
import dev.licensemanager.service.doctor.DoctorReportFormat;
import dev.licensemanager.service.doctor.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support bundle: one zip with what support needs and no secrets (see README.txt inside), plus
 * the short "copy summary" text. Every text that leaves goes through the {@link Redactor} again.
 */
public final class SupportBundle {
    public static final int LAST_OUTCOMES = 20;
    public static final int LOG_LINES = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(SupportBundle.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final BundleSources sources;
    private final Supplier<MachineIdentity> identity;
    private final java.util.function.Function<dev.licensemanager.common.Cancellation, DoctorReport> doctor;
    private final OutcomeHistory history;
    private final DoctorReportFormat format;
    /** The latest connection check seen (the bundle's own, or the window's "Test connection"), for the summary. */
    private volatile DoctorReport lastCheck;

    public SupportBundle(BundleSources sources, Supplier<MachineIdentity> identity, Supplier<DoctorReport> doctor,
                         OutcomeHistory history, DoctorReportFormat format) {
        this(sources, identity, (java.util.function.Function<dev.licensemanager.common.Cancellation, DoctorReport>)
                c -> doctor.get(), history, format);
    }

    /** {@code doctor} runs the connection check and stops early when its cancellation fires. */
    public SupportBundle(BundleSources sources, Supplier<MachineIdentity> identity,
                         java.util.function.Function<dev.licensemanager.common.Cancellation, DoctorReport> doctor,
                         OutcomeHistory history, DoctorReportFormat format) {
        this.sources = sources;
        this.identity = identity;
        this.doctor = doctor;
        this.history = history;
        this.format = format;
    }

    /** Runs the doctor (≤ 15 s) unless a report is given, and writes the zip atomically. */
    public Path write(Path zip, DoctorReport doctorOrNull) throws IOException {
        return write(zip, doctorOrNull, dev.licensemanager.common.Cancellation.none());
    }

    /**
     * The same, cancellable: a cancel during the connection check stops it, and then nothing is written
     * ({@link java.util.concurrent.CancellationException}); the zip is only ever written whole.
     */
    public Path write(Path zip, DoctorReport doctorOrNull, dev.licensemanager.common.Cancellation cancel)
            throws IOException {
        DoctorReport report = doctorOrNull != null ? doctorOrNull : doctor.apply(cancel);
        if (cancel.isCancelled()) {
            throw new java.util.concurrent.CancellationException("support bundle cancelled; nothing written");
        }
        lastCheck = report;
        MachineIdentity id = identity.get();
        Redactor redactor = sources.redactor().keeping(id.id());
        AtomicFiles.write(zip, out -> {
            try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                text(z, redactor, "README.txt", readme());
                text(z, redactor, "summary.txt", summary(report, id));
                json(z, redactor, "system.json", SystemFacts.collect());
                json(z, redactor, "vendor-config.json", sources.config() == null
                        ? Map.of("problem", String.valueOf(sources.configProblem()))
                        : ConfigMasker.mask(sources.config(), sources.proxyPasswordSet()));
                text(z, redactor, "hardware-id.txt", hardwareText(id));
                json(z, redactor, "doctor.json", format.toMap(report));
                text(z, redactor, "doctor.txt", format.toText(report));
                json(z, redactor, "outcomes.json", history == null ? List.of() : history.last(LAST_OUTCOMES));
                for (Path log : logFiles()) {
                    text(z, redactor, "logs/" + log.getFileName(), tail(log));
                }
            }
        });
        LOG.info("support bundle written");
        return zip.toAbsolutePath();
    }

    /**
     * The short text for "Copy summary" and {@code support-bundle --summary}. Its "Connectivity:" line comes from
     * {@code doctorOrNull}, else from the latest check this bundle saw ({@link #write}, {@link #remember}), else it
     * says that no check ran yet; the summary itself never waits up to 15 s for one.
     */
    public String summary(DoctorReport doctorOrNull) {
        return summary(doctorOrNull != null ? doctorOrNull : lastCheck, identity.get());
    }

    /** A connection check run elsewhere (the window's "Test connection"), for the next summary. */
    public void remember(DoctorReport report) {
        lastCheck = report;
    }

    private String summary(DoctorReport report, MachineIdentity id) {
        Map<String, Object> sys = SystemFacts.collect();
        StringBuilder b = new StringBuilder();
        b.append(sys.get("app_name")).append(' ').append(sys.get("app_version"))
                .append(" · Java ").append(sys.get("java_version"))
                .append(" · ").append(sys.get("os_name")).append(' ').append(sys.get("os_version"))
                .append(" · ").append(sys.get("locale")).append(" · ").append(sys.get("time_zone")).append('\n');
        if (sources.config() != null) {
            var c = sources.config();
            b.append("Product: ").append(orDash(c.product() == null ? null : c.product().code()))
                    .append(" · API: ").append(orDash(c.api() == null ? null : c.api().baseUrl()))
                    .append(c.demo() ? " (built-in demo)" : "").append('\n');
        } else {
            b.append("Configuration problem: ").append(sources.configProblem()).append('\n');
        }
        b.append("Hardware ID: ").append(id.ok() ? id.id() + " (" + id.algorithm() + ")" : "not available: " + id.problem())
                .append('\n');
        if (report != null) {
            b.append("Connectivity: ").append(report.overall());
            List<String> problems = new ArrayList<>();
            for (CheckReport c : report.checks()) {
                if (c.verdict() == Verdict.FAIL || c.verdict() == Verdict.WARN || c.verdict() == Verdict.TIMEOUT) {
                    problems.add(c.check() + "=" + c.code());
                }
            }
            b.append(problems.isEmpty() ? "" : " (" + String.join(", ", problems) + ")");
            if (report.clockOffsetSeconds() != null) {
                b.append(" · clock offset ").append(report.clockOffsetSeconds()).append(" s");
            }
            b.append('\n');
        } else {
            b.append("Connectivity: not checked yet (run 'license-manager doctor', or the window's Test connection)\n");
        }
        List<OutcomeHistory.Entry> last = history == null ? List.of() : history.last(3);
        for (OutcomeHistory.Entry e : last) {
            b.append("Last: ").append(e.at()).append(' ').append(e.action()).append(' ').append(e.code())
                    .append(" (exit ").append(e.exitCode()).append(e.requestId() == null ? "" : ", request " + e.requestId())
                    .append(")\n");
        }
        return sources.redactor().keeping(id.id()).redact(b.toString());
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String hardwareText(MachineIdentity id) {
        StringBuilder b = new StringBuilder();
        b.append("Hardware ID: ").append(id.ok() ? id.id() : "(not available)").append('\n');
        b.append("Algorithm: ").append(id.algorithm()).append('\n');
        if (id.problem() != null) {
            b.append("Problem: ").append(id.problem()).append('\n');
        }
        for (String w : id.warnings()) {
            b.append("Warning: ").append(w).append('\n');
        }
        b.append('\n').append(id.explanation() == null ? "" : id.explanation()).append('\n');
        return b.toString();
    }

    private List<Path> logFiles() {
        List<Path> files = new ArrayList<>();
        if (sources.logDir() == null) {
            return files;
        }
        for (String name : List.of("license-manager.log", "license-manager.1.log")) {
            Path p = sources.logDir().resolve(name);
            if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        return files;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size())) + "\n";
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log unreadable: " + e.getClass().getSimpleName() + ")\n";
        }
    }

    private static String readme() {
        return """
                License Manager support bundle
                summary.txt        the short summary (same as "Copy summary")
                system.json        app version and build, Java, JavaFX and OS versions, locale, time zone
                vendor-config.json the vendor configuration; secrets show as "(set)", the API key as its last 4 characters
                hardware-id.txt    this computer's hardware ID and how it is computed
                doctor.json/.txt   the connectivity check
                outcomes.json      the last outcomes with codes, times and request IDs
                logs/              the recent log lines, with secrets removed
                No passwords, shared keys, client secrets, tokens or full license keys are included.
                """;
    }

    private static void text(ZipOutputStream z, Redactor r, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(r.redact(content).getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static void json(ZipOutputStream z, Redactor r, String name, Object value) throws IOException {
        try {
            text(z, r, name, MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IOException("cannot write " + name, e);
        }
    }
}
