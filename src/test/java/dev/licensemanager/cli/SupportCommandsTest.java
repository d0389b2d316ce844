package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.testsupport.FakeApiServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor, offline-request, support-bundle and licenses run in-process: exit codes and JSON. */
class SupportCommandsTest {
    @TempDir
    Path home;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final ObjectMapper mapper = new ObjectMapper();
    String stdin = "";

    private int run(Map<String, String> env, String... args) {
        CliContext ctx = CliContexts.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env);
        return LicenseManagerCommand.execute(args, ctx);
    }

    private Map<String, String> env(String baseUrl, boolean credentials) throws Exception {
        Path cfg = home.resolve("vendor.json");
        Files.writeString(cfg, "{\"product\":{\"code\":\"prod-x\"},\"api\":{\"base_url\":\"" + baseUrl + "\""
                + (credentials ? ",\"api_key\":\"ak-1\",\"shared_key\":\"sk-1\"" : "") + "}}");
        Map<String, String> env = new HashMap<>();
        env.put("LM_HOME", home.toString());
        env.put("LM_VENDOR_CONFIG", cfg.toString());
        return env;
    }

    private JsonNode json() throws Exception {
        return mapper.readTree(out.toString(StandardCharsets.UTF_8));
    }

    static int closedPort() throws Exception {
        try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return ss.getLocalPort();
        }
    }

    @Test
    void doctorAllGoodIsExitZeroWithJson() throws Exception {
        try (FakeApiServer api = FakeApiServer.plain(Duration.ZERO, "application/json", "{\"code\":\"missing_headers\"}")) {
            int code = run(env("http://127.0.0.1:" + api.port(), true), "doctor", "--json");
            JsonNode j = json();
            assertThat(code).as(out.toString()).isEqualTo(0);
            assertThat(j.get("overall").asText()).isEqualTo("pass");
            assertThat(j.get("exit_code").asInt()).isZero();
            assertThat(j.get("checks")).hasSize(7);
            assertThat(j.get("checks").get(5).get("code").asText()).isEqualTo("api_reached");
            assertThat(j.get("elapsed_ms").asLong()).isLessThan(15_000);
        }
    }

    @Test
    void doctorExitCodesForNetworkClockAndConfiguration() throws Exception {
        assertThat(run(env("http://127.0.0.1:" + closedPort(), true), "doctor")).isEqualTo(ExitCodes.NETWORK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("refused");
        try (FakeApiServer api = FakeApiServer.plain(Duration.ofHours(1), "application/json", "{\"code\":\"missing_headers\"}")) {
            assertThat(run(env("http://127.0.0.1:" + api.port(), true), "doctor", "--json")).isEqualTo(ExitCodes.CLOCK_SKEW);
        }
        try (FakeApiServer api = FakeApiServer.plain(Duration.ZERO, "application/json", "{\"code\":\"missing_headers\"}")) {
            out.reset();
            assertThat(run(env("http://127.0.0.1:" + api.port(), false), "doctor", "--json"))
                    .isEqualTo(ExitCodes.VENDOR_CONFIG);
            assertThat(json().get("checks").get(0).get("code").asText()).isEqualTo("config_incomplete");
        }
        assertThat(run(env("http://127.0.0.1:1", true), "doctor", "--api-url", "http://example.com")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void offlineRequestWritesTheFileAndSaysWhereToUploadIt() throws Exception {
        Path file = home.resolve("req/deactivate_offline.req");
        int code = run(env("http://127.0.0.1:1", true), "offline-request", "--out", file.toString(), "--license-key",
                "KEY-1", "--hardware-id", "hw-1", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        assertThat(j.get("upload_at").asText()).isEqualTo("https://offline.licensespring.com");
        assertThat(j.get("demo").asBoolean()).as("a vendor's keys, not the sandbox's").isFalse();
        assertThat(j.get("created_folders").get(0).asText()).as("the folder did not exist: said, not silent")
                .isEqualTo(file.getParent().toAbsolutePath().toString());
        assertThat(j.get("file").asText()).isEqualTo(file.toAbsolutePath().toString());
        String outer = new String(Base64.getDecoder().decode(Files.readString(file)), StandardCharsets.UTF_8);
        JsonNode req = mapper.readTree(outer).get("request");
        assertThat(req.get("request_id").asText()).isEqualTo(j.get("request_id").asText());
        assertThat(req.get("product").asText()).isEqualTo("prod-x");
        assertThat(req.get("api_key").asText()).isEqualTo("ak-1");

        // "--license-key -": the key comes from stdin, so it never reaches the process list.
        out.reset();
        stdin = "KEY-FROM-STDIN\n";
        assertThat(run(env("http://127.0.0.1:1", true), "offline-request", "--out", file.toString(), "--license-key", "-",
                "--hardware-id", "hw-1", "--json")).as(err.toString()).isZero();
        JsonNode piped = mapper.readTree(new String(Base64.getDecoder().decode(Files.readString(file)), StandardCharsets.UTF_8))
                .get("request");
        assertThat(piped.get("license_key").asText()).isEqualTo("KEY-FROM-STDIN");
        stdin = "";

        out.reset();
        assertThat(run(env("http://127.0.0.1:1", true), "offline-request", "--out", file.toString(), "--username",
                "ann@example.com", "--hardware-id", "hw-1")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("https://offline.licensespring.com");
    }

    @Test
    void aVendorConfigurationFolderIsSaidInWordsAndNothingIsSent() throws Exception {
        Path folder = Files.createDirectories(home.resolve("acme"));
        Map<String, String> env = Map.of("LM_HOME", home.toString(), "LM_VENDOR_CONFIG", folder.toString());
        assertThat(run(env, "licenses", "--this-computer")).isEqualTo(ExitCodes.VENDOR_CONFIG);
        assertThat(err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8))
                .contains(folder + ": this is a folder, not a file; LM_VENDOR_CONFIG must name the configuration file");
    }

    @Test
    void offlineRequestExitCodes() throws Exception {
        Path file = home.resolve("x.req");
        assertThat(run(env("http://127.0.0.1:1", false), "offline-request", "--out", file.toString(), "--license-key",
                "K", "--hardware-id", "h")).isEqualTo(ExitCodes.VENDOR_CONFIG);
        assertThat(run(env("http://127.0.0.1:1", true), "offline-request", "--out", file.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run(env("http://127.0.0.1:1", true), "offline-request", "--out", file.toString(), "--license-key",
                "K", "--username", "u", "--hardware-id", "h")).isEqualTo(ExitCodes.USAGE);
        assertThat(run(env("http://127.0.0.1:" + closedPort(), true), "offline-request", "--out", file.toString(),
                "--license-key", "K", "--hardware-id", "h", "--send", "--json")).isEqualTo(ExitCodes.NETWORK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"outcome\":\"network\"");
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void supportBundleCommand() throws Exception {
        Path zip = home.resolve("b.zip");
        int code = run(env("http://127.0.0.1:" + closedPort(), true), "support-bundle", "--out", zip.toString(),
                "--summary", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode j = json();
        assertThat(j.get("file").asText()).isEqualTo(zip.toAbsolutePath().toString());
        assertThat(j.get("summary").asText()).contains("prod-x");
        assertThat(Files.size(zip)).isPositive();
        assertThat(run(env("http://127.0.0.1:1", true), "support-bundle", "--out", home.resolve("b.txt").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run(env("http://127.0.0.1:1", true), "support-bundle")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void licensesExitCodes() throws Exception {
        assertThat(run(env("http://127.0.0.1:1", false), "licenses", "--username", "u")).isEqualTo(ExitCodes.VENDOR_CONFIG);
        assertThat(run(env("http://127.0.0.1:1", true), "licenses", "--username", "u")).isEqualTo(ExitCodes.USAGE);
        stdin = "pw\n";
        Map<String, String> env = env("http://127.0.0.1:" + closedPort(), true);
        out.reset();
        assertThat(run(env, "licenses", "--username", "u", "--password-stdin", "--json")).isEqualTo(ExitCodes.NETWORK);
        assertThat(json().get("outcome").asText()).isEqualTo("network");
        assertThat(run(env, "licenses")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"doctor", "offline-request", "support-bundle", "licenses"}) {
            out.reset();
            assertThat(run(Map.of("LM_HOME", home.toString()), cmd, "--help")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("Exit codes");
        }
    }
}
