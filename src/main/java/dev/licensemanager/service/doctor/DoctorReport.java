package dev.licensemanager.service.doctor;

import java.time.Instant;
import java.util.List;

/** The whole doctor run: every check in display order, how long it took and the overall verdict. */
public record DoctorReport(String apiUrl, Instant startedAt, long elapsedMillis, List<CheckReport> checks) {
    public DoctorReport {
        checks = List.copyOf(checks);
    }

    public Verdict overall() {
        if (checks.stream().anyMatch(c -> c.verdict().problem())) {
            return Verdict.FAIL;
        }
        return checks.stream().anyMatch(c -> c.verdict() == Verdict.WARN) ? Verdict.WARN : Verdict.PASS;
    }

    public CheckReport get(DoctorCheck check) {
        return checks.stream().filter(c -> c.check() == check).findFirst().orElse(null);
    }

    /** The measured clock offset (server minus this computer) in seconds, when known. */
    public Long clockOffsetSeconds() {
        CheckReport c = get(DoctorCheck.CLOCK);
        String v = c == null ? null : c.facts().get("offset_seconds");
        return v == null ? null : Long.valueOf(v);
    }
}
