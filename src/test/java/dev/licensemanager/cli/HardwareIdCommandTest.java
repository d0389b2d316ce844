package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.hardware.HardwareIdAlgorithm;
import dev.licensemanager.hardware.HardwareIdFailures;
import dev.licensemanager.hardware.HardwareIdResult;
import dev.licensemanager.hardware.HardwareIdSettings;
import dev.licensemanager.hardware.SourceRead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HardwareIdCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final CliContext ctx = CliContexts.of(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), Map.of());
    final List<HardwareIdSettings> asked = new ArrayList<>();

    static final HardwareIdResult COMPUTED = new HardwareIdResult.Computed(
            "3eb1bd439947eb762998e566ccc2e099c791118b2f40579cc4f7da2b5061b7f9", HardwareIdAlgorithm.LINUX_MACHINE_ID,
            List.of(SourceRead.missing("/etc/machine-id"), SourceRead.found("/var/lib/dbus/machine-id")),
            List.of("Running in a container (/.dockerenv exists)."), false);
    static final HardwareIdResult FAILED = new HardwareIdResult.Failed(HardwareIdFailures.NO_MACHINE_ID,
            "No machine-id on this system.", HardwareIdAlgorithm.DEFAULT, List.of(SourceRead.missing("/etc/machine-id")));

    int run(HardwareIdResult result, String... args) {
        CommandLine cl = new CommandLine(new HardwareIdCommand(ctx, HardwareIdSettings.defaults(), s -> {
            asked.add(s);
            return () -> result;
        }));
        cl.setOut(new java.io.PrintWriter(ctx.out(), true));
        cl.setErr(new java.io.PrintWriter(ctx.err(), true));
        return cl.execute(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsJustTheIdOnStdout() {
        assertThat(run(COMPUTED)).isZero();
        assertThat(out()).isEqualTo(COMPUTED.hardwareId().orElseThrow() + System.lineSeparator());
        assertThat(err()).contains("warning: Running in a container");
        assertThat(asked).singleElement().extracting(HardwareIdSettings::algorithm).isEqualTo(HardwareIdAlgorithm.DEFAULT);
    }

    @Test
    void algorithmOptionAcceptsNamesAndNumbers() {
        assertThat(run(COMPUTED, "--algorithm", "WindowsCryptographyId")).isZero();
        assertThat(run(COMPUTED, "--algorithm", "4")).isZero();
        assertThat(run(COMPUTED, "--algorithm=cloud-platforms", "--allow-cloud")).isZero();
        assertThat(asked).extracting(HardwareIdSettings::algorithm).containsExactly(
                HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY, HardwareIdAlgorithm.LINUX_MACHINE_ID, HardwareIdAlgorithm.CLOUD_PLATFORMS);
        assertThat(asked.get(2).allowCloud()).isTrue();
        assertThat(asked.get(0).allowCloud()).isFalse();
    }

    @Test
    void badAlgorithmIsExit2WithTheChoices() {
        assertThat(run(COMPUTED, "--algorithm", "bogus")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("Unknown --algorithm 'bogus'").contains("linux-machine-id");
        assertThat(asked).isEmpty();
    }

    @Test
    void failureIsExit1WithTheReasonOnStderr() {
        assertThat(run(FAILED)).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("No machine-id on this system.").contains("[no_machine_id]");
    }

    @Test
    void explainListsAlgorithmSourcesAndWarnings() {
        assertThat(run(COMPUTED, "--explain")).isZero();
        assertThat(out()).contains("Algorithm: 4 LinuxMachineId (linux-machine-id)", "/etc/machine-id: not found",
                "/var/lib/dbus/machine-id: found", "  - Running in a container");
    }

    @Test
    void jsonObject() throws Exception {
        assertThat(run(COMPUTED, "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.get("hardware_id").asText()).isEqualTo(COMPUTED.hardwareId().orElseThrow());
        assertThat(j.get("algorithm").asText()).isEqualTo("LinuxMachineId");
        assertThat(j.get("sources").get(1).get("name").asText()).isEqualTo("/var/lib/dbus/machine-id");
        assertThat(j.get("sources").get(1).get("found").asBoolean()).isTrue();
        assertThat(j.get("sources").get(0).get("found").asBoolean()).isFalse();
        assertThat(j.get("warnings").get(0).asText()).startsWith("Running in a container");
    }

    @Test
    void jsonOnFailureHasNullIdAndErrorAndExit1() throws Exception {
        assertThat(run(FAILED, "--json")).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.get("hardware_id").isNull()).isTrue();
        assertThat(j.get("error").get("code").asText()).isEqualTo("no_machine_id");
        assertThat(err()).contains("No machine-id on this system.");
    }

    @Test
    void registeredInTheRootCommandAndRunsForRealHere() throws Exception {
        int code = LicenseManagerCommand.execute(new String[] {"hardware-id", "--json"}, ctx);
        Path machineId = Path.of("/etc/machine-id");
        if (System.getProperty("os.name").startsWith("Linux") && Files.isReadable(machineId)
                && !Files.readString(machineId).isBlank()) {
            assertThat(code).isZero();
            JsonNode j = new ObjectMapper().readTree(out());
            assertThat(j.get("hardware_id").asText()).matches("[0-9a-f]{64}");
            assertThat(j.get("sources").get(0).get("name").asText()).isEqualTo("/etc/machine-id");
        } else {
            assertThat(code).isIn(0, 1);
        }
    }

    @Test
    void cloudWithoutAllowCloudIsExit1WithAHint() {
        int code = LicenseManagerCommand.execute(new String[] {"hardware-id", "--algorithm", "cloud-platforms"}, ctx);
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("[cloud_not_allowed]").contains("--allow-cloud");
    }

    @Test
    void helpIsExit0() {
        assertThat(LicenseManagerCommand.execute(new String[] {"hardware-id", "--help"}, ctx)).isZero();
        assertThat(out()).contains("--algorithm=NAME", "Exit codes: 0 printed, 1 could not compute");
    }

    @Test
    void rootCommandRejectsBadAlgorithmWith2() {
        assertThat(LicenseManagerCommand.execute(new String[] {"hardware-id", "--algorithm", "9"}, ctx)).isEqualTo(2);
    }
}
