package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MANUAL route: typed ID, custom file, custom command (real processes, with a timeout). */
class ManualHardwareIdTest {
    @TempDir
    Path tmp;
    final HardwareIdSettings manual = HardwareIdSettings.of(HardwareIdAlgorithm.MANUAL);

    @BeforeEach
    void unixOnly() {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "uses /bin/sh");
    }

    static HardwareIdResult compute(HardwareIdSettings s) {
        return HardwareIdServices.createUncached(s, HardwareIdEnvironment.system()).compute();
    }

    @Test
    void typedIdIsTrimmedAndUsedAsGivenNotHashed() {
        HardwareIdResult r = compute(manual.withManualId("  MY-CUSTOM-ID-42 \n"));
        assertThat(r.hardwareId()).contains("MY-CUSTOM-ID-42");
        assertThat(r.sources()).containsExactly(SourceRead.found(ManualHardwareId.TYPED));
        assertThat(((HardwareIdResult.Computed) r).warnings()).singleElement().asString().contains("not read from this machine");
    }

    @Test
    void typedIdTooLongOrUnprintableIsRejected() {
        assertThat(((HardwareIdResult.Failed) compute(manual.withManualId("x".repeat(257)))).reasonCode())
                .isEqualTo(HardwareIdFailures.MANUAL_INVALID);
        assertThat(((HardwareIdResult.Failed) compute(manual.withManualId("a\tb"))).reasonCode())
                .isEqualTo(HardwareIdFailures.MANUAL_INVALID);
    }

    @Test
    void nothingConfiguredIsNamed() {
        assertThat(((HardwareIdResult.Failed) compute(manual)).reasonCode())
                .isEqualTo(HardwareIdFailures.MANUAL_NOT_CONFIGURED);
    }

    @Test
    void fileFirstNonEmptyLine() throws IOException {
        Path f = tmp.resolve("id.txt");
        Files.writeString(f, "\n\n  HWID-FROM-FILE  \nsecond line\n");
        assertThat(compute(manual.withCustomFile(f)).hardwareId()).contains("HWID-FROM-FILE");
    }

    @Test
    void missingOrEmptyFileIsNamed() throws IOException {
        assertThat(((HardwareIdResult.Failed) compute(manual.withCustomFile(tmp.resolve("absent")))).reasonCode())
                .isEqualTo(HardwareIdFailures.CUSTOM_FILE_UNREADABLE);
        Path empty = Files.writeString(tmp.resolve("empty"), " \n");
        assertThat(((HardwareIdResult.Failed) compute(manual.withCustomFile(empty))).reasonCode())
                .isEqualTo(HardwareIdFailures.MANUAL_INVALID);
    }

    @Test
    void commandFirstNonEmptyStdoutLine() {
        HardwareIdResult r = compute(manual.withCustomCommand(
                List.of("/bin/sh", "-c", "echo; echo '  HWID-FROM-CMD '; echo other; echo noise >&2"), Duration.ofSeconds(10)));
        assertThat(r.hardwareId()).contains("HWID-FROM-CMD");
        assertThat(r.sources()).containsExactly(SourceRead.found("custom command /bin/sh"));
    }

    @Test
    void commandNonZeroExitIsNamed() {
        HardwareIdResult r = compute(manual.withCustomCommand(List.of("/bin/sh", "-c", "echo X; exit 3"), Duration.ofSeconds(10)));
        assertThat(r).isInstanceOfSatisfying(HardwareIdResult.Failed.class, f -> {
            assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.CUSTOM_COMMAND_FAILED);
            assertThat(f.message()).contains("code 3");
        });
    }

    @Test
    void commandThatHangsIsStoppedAtTheTimeout() {
        long t0 = System.nanoTime();
        HardwareIdResult r = compute(manual.withCustomCommand(List.of("/bin/sh", "-c", "sleep 30"), Duration.ofMillis(300)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(((HardwareIdResult.Failed) r).reasonCode()).isEqualTo(HardwareIdFailures.CUSTOM_COMMAND_TIMEOUT);
        assertThat(ms).isLessThan(10_000);
    }

    @Test
    void commandThatCannotStartIsNamed() {
        HardwareIdResult r = compute(manual.withCustomCommand(List.of(tmp.resolve("no-such-program").toString()),
                Duration.ofSeconds(5)));
        assertThat(((HardwareIdResult.Failed) r).reasonCode()).isEqualTo(HardwareIdFailures.CUSTOM_COMMAND_FAILED);
    }

    @Test
    void typedIdWinsOverFileAndCommand() throws IOException {
        Path f = Files.writeString(tmp.resolve("id"), "FROM-FILE");
        HardwareIdSettings s = manual.withCustomFile(f).withManualId("TYPED")
                .withCustomCommand(List.of("/bin/sh", "-c", "echo CMD"), Duration.ofSeconds(5));
        assertThat(compute(s).hardwareId()).contains("TYPED");
        assertThat(compute(s.withManualId(null)).hardwareId()).contains("FROM-FILE");
    }
}
