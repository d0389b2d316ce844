package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real source on this machine, checked against the external sha256sum tool (not our digest code). */
class RealLinuxHardwareIdTest {

    @Test
    void realMachineIdMatchesExternalSha256sum(@TempDir Path tmp) throws Exception {
        Path machineId = Path.of("/etc/machine-id");
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux only");
        dev.licensemanager.testsupport.Required.present(Files.isReadable(machineId), "a readable /etc/machine-id");
        String content = Files.readString(machineId);
        String trimmed = content.indexOf('\n') < 0 ? content : content.substring(0, content.indexOf('\n'));
        dev.licensemanager.testsupport.Required.present(!trimmed.isEmpty(), "a non-empty /etc/machine-id");
        Path input = tmp.resolve("machine-id-trimmed");
        Files.writeString(input, trimmed, StandardCharsets.UTF_8);
        String expected = sha256sum(input);
        assertThat(expected).matches("[0-9a-f]{64}");

        HardwareIdResult r = HardwareIdServices.create(HardwareIdSettings.defaults()).compute();

        assertThat(r.hardwareId()).contains(expected);
        assertThat(r.sources()).first().isEqualTo(SourceRead.found("/etc/machine-id"));
    }

    private static String sha256sum(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.substring(0, 64);
    }
}
