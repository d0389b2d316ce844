package dev.licensemanager.service.doctor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check's result. {@code code} is stable (support asks for it) and selects the words in the
 * {@code support} bundle; {@code args} fill them; {@code facts} are the measured values (issuer,
 * offset, proxy…), never secrets.
 */
public record CheckReport(DoctorCheck check, Verdict verdict, String code, List<String> args,
                          Map<String, String> facts, long millis) {
    public CheckReport {
        args = args == null ? List.of() : List.copyOf(args);
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static CheckReport of(DoctorCheck check, Verdict verdict, String code, long millis, String... args) {
        return new CheckReport(check, verdict, code, List.of(args), Map.of(), millis);
    }

    public CheckReport withFacts(Map<String, String> more) {
        Map<String, String> m = new LinkedHashMap<>(facts);
        more.forEach((k, v) -> {
            if (v != null) {
                m.put(k, v);
            }
        });
        return new CheckReport(check, verdict, code, args, m, millis);
    }
}
