package dev.licensemanager.service.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The connection report's check names start in one column in every language (monospaced screen columns). */
class DoctorReportColumnsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ja"})
    void checkNamesLineUp(String lang) {
        DoctorReport r = new DoctorReport("http://127.0.0.1:1", Instant.EPOCH, 12, List.of(
                CheckReport.of(DoctorCheck.DNS, Verdict.PASS, "dns_ok", 1, "127.0.0.1", "127.0.0.1"),
                CheckReport.of(DoctorCheck.PROXY, Verdict.WARN, "dns_ok", 1, "a", "b"),
                CheckReport.of(DoctorCheck.TLS, Verdict.FAIL, "dns_ok", 1, "a", "b"),
                CheckReport.of(DoctorCheck.CLOCK, Verdict.SKIPPED, "dns_ok", 1, "a", "b"),
                CheckReport.of(DoctorCheck.API, Verdict.TIMEOUT, "dns_ok", 1, "a", "b")));
        DoctorText words = new DoctorText(Locale.forLanguageTag(lang));
        List<String> rows = new DoctorReportFormat(words).toText(r).lines().filter(l -> l.startsWith("[")).toList();
        assertThat(rows).hasSize(5);
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            String name = words.checkName(r.checks().get(i).check());
            int column = DoctorReportFormat.columns(row.substring(0, row.indexOf("] " + name) + 2));
            int first = DoctorReportFormat.columns(rows.get(0).substring(0, rows.get(0).indexOf("] ") + 2));
            assertThat(column).as(row).isEqualTo(first);
        }
    }
}
