package dev.licensemanager.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeHistoryTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheLastTwentyNewestFirstAndSurvivesACorruptFile() throws Exception {
        Path file = dir.resolve("sub/outcome-history.json");
        OutcomeHistory h = new OutcomeHistory(file, Clock.fixed(Instant.parse("2026-11-27T07:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < 25; i++) {
            h.record("deactivate", "p", Outcome.of(OutcomeKind.NETWORK, "network_" + i, "d"));
        }
        assertThat(h.entries()).hasSize(OutcomeHistory.KEEP);
        assertThat(h.last(2)).extracting(OutcomeHistory.Entry::code).containsExactly("network_24", "network_23");
        assertThat(h.last(1).get(0).at()).isEqualTo("2026-11-27T07:00:00Z");
        assertThat(h.last(1).get(0).exitCode()).isEqualTo(7);
        try (var s = Files.list(file.getParent())) {
            assertThat(s.count()).isEqualTo(1); // no temp files left behind
        }
        Files.writeString(file, "{not json");
        assertThat(h.entries()).isEmpty();
        h.record("deactivate", "p", Outcome.of(OutcomeKind.DEACTIVATED, "license_deactivated", ""));
        assertThat(h.entries()).hasSize(1);
    }
}
