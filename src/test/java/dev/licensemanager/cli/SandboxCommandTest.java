package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sandbox CLI: machine-readable start line, env key overrides, stop on request. */
class SandboxCommandTest {
    @TempDir
    Path dir;

    private record Running(SandboxCommand cmd, CompletableFuture<Integer> exit, BufferedReader out) {
    }

    private Running run(Map<String, String> env, String... args) throws Exception {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PrintStream out = new PrintStream(new PipedOutputStream(in), true, StandardCharsets.UTF_8);
        CliContext ctx = CliContexts.of(out, new PrintStream(new ByteArrayOutputStream()), new ByteArrayInputStream(new byte[0]), env);
        SandboxCommand cmd = new SandboxCommand(ctx, () -> Optional.of("hw-cli-test"), false);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(cmd).execute(args));
        return new Running(cmd, exit, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    @Test
    void jsonFirstLineDescribesTheRunningSandbox() throws Exception {
        Running r = run(Map.of("LM_SANDBOX_API_KEY", "env-api-key", "LM_SANDBOX_SHARED_KEY", "env-shared-key"),
                "--json", "--port", "0", "--state", dir.resolve("s.json").toString());
        JsonNode line = new ObjectMapper().readTree(r.out().readLine());
        assertThat(line.path("base_url").asText()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(line.path("api_key").asText()).isEqualTo("env-api-key");
        assertThat(line.path("shared_key").asText()).isEqualTo("env-shared-key");
        JsonNode demo = line.path("demo");
        for (String f : new String[] {"key_product", "license_key", "user_product", "username", "password", "customer_account_code"}) {
            assertThat(demo.path(f).asText()).as(f).isNotBlank();
        }
        Path pem = Path.of(line.path("public_key_file").asText());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> key = http.send(HttpRequest.newBuilder(URI.create(line.path("base_url").asText() + "/sandbox/public-key"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(key.body()).isEqualTo(Files.readString(pem));

        r.cmd().stop();
        assertThat(r.exit().get(20, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("s.json")).exists();
    }

    @Test
    void humanOutputNamesUrlKeysAndDemoCredentials() throws Exception {
        Running r = run(Map.of());
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = r.out().readLine()) != null && !line.startsWith("Faults:")) {
            text.append(line).append('\n');
        }
        assertThat(text).contains("http://127.0.0.1:").contains("DEMO-KEY-1111-2222").contains("alice@example.com")
                .contains("demo-corp").contains(".pem");
        r.cmd().stop();
        assertThat(r.exit().get(20, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void badSeedIsAUsageError() throws Exception {
        Path seed = dir.resolve("bad.json");
        Files.writeString(seed, "{ not json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LicenseManagerCommand.execute(new String[] {"sandbox", "--seed", seed.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), Map.of(), new dev.licensemanager.app.CompositionRoot(Map.of()));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot start the sandbox");
    }

    @Test
    void seedWithoutProductsIsRefusedLikeAnyBadSeed() throws Exception {
        Path seed = Files.writeString(dir.resolve("empty.json"), "{\"products\": [], \"licenses\": []}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LicenseManagerCommand.execute(new String[] {"sandbox", "--seed", seed.toString()},
                new PrintStream(out), new PrintStream(err), Map.of(), new dev.licensemanager.app.CompositionRoot(Map.of()));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("Cannot start the sandbox: seed file " + seed
                + ": field 'products': no products; a seed needs at least one product (see \"Seed format\" in docs/sandbox.md)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void seedWithoutDemoCredentialsSaysSoInsteadOfNull() throws Exception {
        Path seed = Files.writeString(dir.resolve("users-only.json"), """
                {"products": [{"id": 1, "short_code": "p-user", "authorization_method": "user"}],
                 "licenses": [{"id": 1, "product": "p-user", "user": "ann@example.com"}],
                 "users": [{"id": 1, "email": "ann@example.com"}]}""");
        Running r = run(Map.of(), "--seed", seed.toString());
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = r.out().readLine()) != null && !line.startsWith("Faults:")) {
            text.append(line).append('\n');
        }
        assertThat(text).doesNotContain("null").contains("Key-based product     (none in this seed)")
                .contains("User-based product    p-user   user ann@example.com / (none in this seed)")
                .contains("SSO customer account  (none in this seed)");
        r.cmd().stop();
        assertThat(r.exit().get(20, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void registeredUnderTheRootCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = LicenseManagerCommand.execute(new String[] {"sandbox", "--help"},
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()), Map.of(), new dev.licensemanager.app.CompositionRoot(Map.of()));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--seed").contains("--state").contains("--json");
    }

    @Test
    void busyPortIsAUsageError() {
        try (dev.licensemanager.sandbox.SandboxServer busy = dev.licensemanager.sandbox.SandboxServer.start(
                dev.licensemanager.sandbox.SandboxOptions.builder().build())) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = LicenseManagerCommand.execute(new String[] {"sandbox", "--port", String.valueOf(busy.port())},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), Map.of(), new dev.licensemanager.app.CompositionRoot(Map.of()));
            assertThat(code).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot listen on 127.0.0.1:" + busy.port());
        }
    }
}
