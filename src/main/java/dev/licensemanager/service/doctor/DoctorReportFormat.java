package dev.licensemanager.service.doctor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The doctor report as plain text (CLI, bundle, "copy") and as a JSON-ready map. */
public final class DoctorReportFormat {
    private final DoctorText text;

    public DoctorReportFormat(DoctorText text) {
        this.text = text;
    }

    public Map<String, Object> toMap(DoctorReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("api_url", r.apiUrl());
        m.put("started_at", r.startedAt().toString());
        m.put("elapsed_ms", r.elapsedMillis());
        m.put("overall", r.overall().name().toLowerCase(Locale.ROOT));
        m.put("clock_offset_seconds", r.clockOffsetSeconds());
        List<Map<String, Object>> checks = new ArrayList<>();
        for (CheckReport c : r.checks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("check", c.check().name().toLowerCase(Locale.ROOT));
            cm.put("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
            cm.put("code", c.code());
            cm.put("summary", text.summary(c));
            String fix = text.fix(c);
            if (!fix.isEmpty() && c.verdict() != Verdict.PASS) {
                cm.put("fix", fix);
            }
            cm.put("facts", c.facts());
            cm.put("elapsed_ms", c.millis());
            checks.add(cm);
        }
        m.put("checks", checks);
        return m;
    }

    public String toText(DoctorReport r) {
        StringBuilder b = new StringBuilder();
        b.append(text.get("doctor.title")).append(" — ").append(r.apiUrl()).append('\n');
        // The verdict first: the fixes it points to follow below.
        b.append(text.get("doctor.overall." + r.overall().name())).append(" (")
                .append(r.elapsedMillis()).append(" ms)\n");
        for (CheckReport c : r.checks()) {
            b.append(String.format(Locale.ROOT, "[%-11s] %s: %s%n", text.verdict(c.verdict()), text.checkName(c.check()),
                    text.summary(c)));
            String fix = text.fix(c);
            if (!fix.isEmpty() && c.verdict() != Verdict.PASS) {
                b.append("              → ").append(fix).append('\n');
            }
        }
        return b.toString();
    }
}
