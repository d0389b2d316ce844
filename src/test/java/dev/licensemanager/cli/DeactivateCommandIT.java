package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `license-manager deactivate` in-process against the real sandbox over loopback: exit codes, JSON, secrets. */
class DeactivateCommandIT {
    private static final String HWID = "cli-it-hardware-id";
    private static final String SHARED_KEY_MARKER = "SHAREDKEY-MARKER-6d1f";
    private static final String PASSWORD_MARKER = "PASSWORD-MARKER-90ab";

    @TempDir
    Path home;
    private SandboxServer sandbox;

    record Run(int exit, String out, String err, JsonNode json) {
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.builder().port(0).sharedKey(SHARED_KEY_MARKER)
                .thisMachineHardwareId(() -> Optional.of(HWID)).build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("LM_HOME", home.toString());
        env.put("LM_API_URL", sandbox.baseUrl());
        env.put("LM_API_KEY", sandbox.apiKey());
        env.put("LM_SHARED_KEY", SHARED_KEY_MARKER);
        env.put("LM_PUBLIC_KEY_FILE", sandbox.publicKeyFile().toString());
        return env;
    }

    private Run run(Map<String, String> env, String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = CliContexts.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env);
        int exit = LicenseManagerCommand.execute(args, ctx);
        String o = out.toString(StandardCharsets.UTF_8);
        JsonNode json = o.strip().startsWith("{") ? new ObjectMapper().readTree(o) : null;
        return new Run(exit, o, err.toString(StandardCharsets.UTF_8), json);
    }

    private String[] key(String... extra) {
        List<String> a = new ArrayList<>(List.of("deactivate", "--product", sandbox.demo().keyProduct(),
                "--license-key", sandbox.demo().licenseKey(), "--hardware-id", HWID, "--json"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void deactivateThenAgainGivesZeroThenThree() throws Exception {
        Run first = run(env(), "", key());
        assertThat(first.exit()).isZero();
        assertThat(first.json().path("outcome").asText()).isEqualTo("deactivated");
        assertThat(first.json().path("code").asText()).isEqualTo("license_deactivated");
        assertThat(first.json().path("hardware_id").asText()).isEqualTo(HWID);
        assertThat(first.json().path("product").asText()).isEqualTo(sandbox.demo().keyProduct());
        assertThat(first.json().path("message").asText()).isNotBlank();
        // The configuration gives the code only, and --json asks the server nothing more: the code names it.
        assertThat(first.json().has("product_name")).isFalse();
        assertThat(first.json().path("next_step").asText()).contains("activate demo-key on your new computer");

        Run again = run(env(), "", key());
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.json().path("code").asText()).isEqualTo("device_not_found");
    }

    @Test
    void aConfiguredProductNameIsUsedWithoutAskingTheServer() throws Exception {
        Path cfg = home.resolve("vendor-config.json");
        Files.writeString(cfg, "{\"product\": {\"code\": \"demo-key\", \"name\": \"Acme CAD\"},"
                + " \"api\": {\"base_url\": \"" + sandbox.baseUrl() + "\"}}");
        Map<String, String> env = env();
        env.put("LM_VENDOR_CONFIG", cfg.toString());
        sandbox.faults().set(FaultSpec.of("product_details", "status").withStatus(500));
        Run r = run(env, "", "deactivate", "--license-key", sandbox.demo().licenseKey(), "--hardware-id", HWID,
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().path("product").asText()).isEqualTo("demo-key");
        assertThat(r.json().path("product_name").asText()).isEqualTo("Acme CAD");
        assertThat(r.json().path("next_step").asText()).contains("activate Acme CAD on your new computer");
    }

    @Test
    void aNameTheServerCannotGiveLeavesTheCodeAndChangesNothingElse() throws Exception {
        sandbox.faults().set(FaultSpec.of("product_details", "status").withStatus(500));
        Run r = run(env(), "", "deactivate", "--product", sandbox.demo().keyProduct(), "--license-key",
                sandbox.demo().licenseKey(), "--hardware-id", HWID);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Deactivated:").contains("Next: You can now activate demo-key on your new computer.");
        assertThat(sandbox.activeHardwareIds(1001)).doesNotContain(HWID);
    }

    @Test
    void checkPrintsFactsInsideTheOneJsonObject() throws Exception {
        Run r = run(env(), "", key("--check"));
        assertThat(r.exit()).isZero();
        assertThat(r.json().path("check").path("active").asBoolean()).isTrue();
        assertThat(r.json().path("check").path("max_activations").isMissingNode()).isFalse();
    }

    @Test
    void successAnswerCutOffIsReportedAsSuccessConfirmedOnRetry() throws Exception {
        sandbox.faults().set(FaultSpec.of("deactivate_license", "reset").withTimes(1));
        Run r = run(env(), "", key());
        assertThat(r.exit()).isZero();
        assertThat(r.json().path("confirmed_on_retry").asBoolean()).isTrue();
        assertThat(sandbox.activeHardwareIds(1001)).doesNotContain(HWID);
    }

    @Test
    void userWithWrongPasswordFromStdinIsRejectedAndTheRightOneWorks() throws Exception {
        String[] args = {"deactivate", "--product", sandbox.demo().userProduct(), "--username", sandbox.demo().username(),
            "--password-stdin", "--hardware-id", HWID, "--json"};
        Run wrong = run(env(), PASSWORD_MARKER + "\n", args);
        assertThat(wrong.exit()).isEqualTo(4);
        assertThat(wrong.out() + wrong.err()).doesNotContain(PASSWORD_MARKER).doesNotContain(SHARED_KEY_MARKER);
        Run right = run(env(), sandbox.demo().password() + "\n", args);
        assertThat(right.exit()).isZero();
    }

    @Test
    void invalidInputSendsNothingAndExitsTwo() throws Exception {
        sandbox.faults().set(FaultSpec.of("*", "status").withStatus(500));
        Run r = run(env(), "", "deactivate", "--product", "bad product!", "--license-key", "K", "--hardware-id", HWID, "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().path("outcome").asText()).isEqualTo("invalid_input");
        Run token = run(env(), "", "deactivate", "--product", "p", "--sso-token", "literal-token",
                "--customer-account-code", "demo-corp", "--hardware-id", HWID);
        assertThat(token.exit()).isEqualTo(2);
        assertThat(token.err()).contains("LM_SSO_TOKEN");
        Run usage = run(env(), "", "deactivate", "--product", "p");
        assertThat(usage.exit()).isEqualTo(2);
    }

    @Test
    void wrongSharedKeyIsVendorConfigurationFive() throws Exception {
        Map<String, String> env = env();
        env.put("LM_SHARED_KEY", "not-the-key");
        Run r = run(env, "", key());
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.json().path("code").asText()).isEqualTo("signature_mismatch");

    }

    @Test
    void networkFailureIsSevenAndServerErrorIsEight() throws Exception {
        Map<String, String> env = env();
        env.put("LM_API_URL", "http://127.0.0.1:1");
        assertThat(run(env, "", key()).exit()).isEqualTo(7);

        sandbox.faults().set(FaultSpec.of("deactivate_license", "status").withStatus(502));
        Run r = run(env(), "", key());
        assertThat(r.exit()).isEqualTo(8);
        assertThat(r.json().path("attempts").asInt()).isGreaterThan(1);
    }

    @Test
    void humanOutputUsesTheWindowWordsAndNoSecretReachesTheLog() throws Exception {
        Run r = run(env(), "", "deactivate", "--product", sandbox.demo().keyProduct(), "--license-key",
                sandbox.demo().licenseKey(), "--hardware-id", HWID);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Deactivated:").contains("Code: license_deactivated")
                // The configuration gives the code only: the server's product_details names the product.
                .contains("Next: You can now activate Demo Key Product on your new computer.");
        Path log = Path.of("target/test-logs/tests.log");
        if (Files.exists(log)) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain(SHARED_KEY_MARKER).doesNotContain(PASSWORD_MARKER);
        }
    }
}
