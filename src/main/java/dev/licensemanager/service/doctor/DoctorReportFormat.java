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
        // One column width for every verdict of this language, counted in screen columns (a Japanese character
        // takes two in a monospaced font), so the check names line up under each other.
        int width = 0;
        for (Verdict v : Verdict.values()) {
            width = Math.max(width, columns(text.verdict(v)));
        }
        String indent = " ".repeat(width + 3);
        for (CheckReport c : r.checks()) {
            String verdict = text.verdict(c.verdict());
            b.append('[').append(verdict).append(" ".repeat(width - columns(verdict))).append("] ")
                    .append(text.checkName(c.check())).append(": ").append(text.summary(c)).append('\n');
            String fix = text.fix(c);
            if (!fix.isEmpty() && c.verdict() != Verdict.PASS) {
                b.append(indent).append("→ ").append(fix).append('\n');
            }
        }
        return b.toString();
    }

    /** Screen columns of {@code s} in a monospaced font: East Asian wide and full-width characters take two. */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            boolean wide = block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61
                    || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
            n += wide ? 2 : 1;
        }
        return n;
    }
}
