package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** licenses, offline-request --send and doctor against the sandbox, in-process. */
class SupportCommandsSandboxIT {
    static final String HW = "cli-support-hw-0001";
    @TempDir
    Path home;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String stdin, String... args) {
        out.reset();
        err.reset();
        CliContext ctx = CliContexts.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env);
        return LicenseManagerCommand.execute(args, ctx);
    }

    private Map<String, String> env(SandboxServer sb) {
        Map<String, String> env = new HashMap<>();
        env.put("LM_HOME", home.toString());
        env.put("LM_API_URL", sb.baseUrl());
        env.put("LM_API_KEY", sb.apiKey());
        env.put("LM_SHARED_KEY", sb.sharedKey());
        env.put("LM_PUBLIC_KEY_FILE", sb.publicKeyFile().toString());
        env.put("LM_PRODUCT", "demo-user");
        return env;
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void licensesListsAlicesLicensesAndRejectsAWrongPassword() throws Exception {
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder().build())) {
            Map<String, String> env = env(sb);
            assertThat(run(env, "demo-password\n", "licenses", "--username", "alice@example.com", "--password-stdin",
                    "--json")).as(err.toString()).isZero();
            JsonNode j = json();
            assertThat(j.get("licenses").findValuesAsText("license_id")).contains("2001", "2002");
            assertThat(run(env, "demo-password\n", "licenses", "--username", "alice@example.com", "--password-stdin"))
                    .isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("2001").contains("--license-id");
            env.put("LM_PASSWORD", "wrong");
            assertThat(run(env, "", "licenses", "--username", "alice@example.com", "--json"))
                    .isEqualTo(ExitCodes.REJECTED);
        }
    }

    @Test
    void offlineRequestSendDeactivatesAndRecordsTheOutcome() throws Exception {
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder()
                .thisMachineHardwareId(() -> Optional.of(HW)).build())) {
            Map<String, String> env = env(sb);
            Path file = home.resolve("deactivate_offline.req");
            assertThat(run(env, "", "offline-request", "--product", "demo-key", "--license-key", "DEMO-KEY-1111-2222",
                    "--hardware-id", HW, "--out", file.toString(), "--send", "--json")).as(err.toString()).isZero();
            assertThat(json().get("outcome").asText()).isEqualTo("deactivated");
            assertThat(sb.activeHardwareIds(1001)).doesNotContain(HW);
            assertThat(run(env, "", "offline-request", "--product", "demo-key", "--license-key", "DEMO-KEY-1111-2222",
                    "--hardware-id", HW, "--out", file.toString(), "--send")).isEqualTo(ExitCodes.ALREADY_INACTIVE);

            assertThat(run(env, "", "support-bundle", "--out", home.resolve("b.zip").toString(), "--summary"))
                    .isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("deactivate_offline license_deactivated")
                    .doesNotContain(sb.sharedKey());
        }
    }

    @Test
    void doctorAgainstTheSandboxIsExitZero() throws Exception {
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder().build())) {
            assertThat(run(env(sb), "", "doctor", "--json")).as(out.toString()).isZero();
            assertThat(json().get("overall").asText()).isEqualTo("pass");
        }
    }
}
