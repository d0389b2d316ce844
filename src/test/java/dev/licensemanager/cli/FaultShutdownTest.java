package dev.licensemanager.cli;

import static dev.licensemanager.cli.ReliabilityKit.quietly;
import static dev.licensemanager.cli.ReliabilityKit.readRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.cli.ReliabilityKit.RawServer;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shutdown: real child processes. SIGTERM to the CLI mid-call; SIGKILL/SIGTERM to the sandbox with
 * {@code --state} at random points (bounded runs). Every file written must still parse afterwards, and every
 * deactivation the sandbox acknowledged must be in its state file.
 */
class FaultShutdownTest {
    static final String SHARED_KEY_MARKER = "SHUTDOWN-SHAREDKEY-MARKER-51c7";
    static final String KEY_MARKER = "SHUTDOWN-LICENSEKEY-MARKER-88d2";
    private static final Map<String, Integer> FIG = new LinkedHashMap<>();

    @TempDir
    Path dir;

    /** The classpath of this test JVM (module path + class path), for a child JVM running Main. */
    static List<String> javaCommand(String... args) {
        List<String> parts = new ArrayList<>();
        for (String prop : new String[] {"jdk.module.path", "java.class.path"}) {
            String v = System.getProperty(prop);
            if (v != null) {
                for (String p : v.split(File.pathSeparator)) {
                    // Not test-classes: the child must run with the shipped LoggingSetup, not logback-test.xml.
                    if (!p.isBlank() && !parts.contains(p) && !p.contains("surefire") && !p.endsWith("test-classes")) {
                        parts.add(p);
                    }
                }
            }
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx128m", "-cp", String.join(File.pathSeparator, parts),
                "dev.licensemanager.app.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** SIGTERM while the CLI waits for the server: it stops promptly and leaves only whole output and logs. */
    @Test
    void sigtermToTheCliMidCall() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        try (RawServer silent = RawServer.start(s -> quietly(() -> {
            readRequest(s.getInputStream());
            arrived.countDown();
            s.getInputStream().read();
        }))) {
            Path home = dir.resolve("cli-home");
            ProcessBuilder pb = new ProcessBuilder(javaCommand("deactivate", "--json", "--product", "lm-product",
                    "--license-key", "-", "--hardware-id", "hw-shutdown-1"));
            pb.environment().put("LM_HOME", home.toString());
            pb.environment().put("LM_API_URL", silent.url("http"));
            pb.environment().put("LM_API_KEY", "shutdown-api-key");
            pb.environment().put("LM_SHARED_KEY", SHARED_KEY_MARKER);
            pb.environment().put("LM_LOG_LEVEL", "debug");
            pb.redirectOutput(dir.resolve("cli.out").toFile()).redirectError(dir.resolve("cli.err").toFile());
            Process p = pb.start();
            try {
                p.getOutputStream().write((KEY_MARKER + "\n").getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().close();
                assertThat(arrived.await(90, TimeUnit.SECONDS)).as("the CLI's request reached the server").isTrue();
                // The process command line, while it runs: no secret, and here not even the license key.
                byte[] cmdline = Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline"));
                String argv = new String(cmdline, StandardCharsets.UTF_8);
                assertThat(argv).doesNotContain(SHARED_KEY_MARKER).doesNotContain(KEY_MARKER)
                        .contains("dev.licensemanager.app.Main");
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exits promptly after SIGTERM").isTrue();
            } finally {
                p.destroyForcibly();
            }
            String out = Files.readString(dir.resolve("cli.out"));
            if (!out.isBlank()) {
                JsonNode json = ReliabilityKit.JSON.readTree(out);
                assertThat(json.get("outcome").asText()).isEqualTo("cancelled");
                assertThat(json.get("detail").asText()).contains("may have acted");
            }
            List<Path> written = allFiles(home);
            assertThat(written).as("the CLI wrote its log").isNotEmpty();
            for (Path f : written) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.isEmpty()) {
                    continue;
                }
                assertThat(text).as(f + " ends with a whole line").endsWith("\n");
                for (String line : text.split("\n")) {
                    assertThat(line).as(f + " line is a whole log entry").matches("^\\d{4}-\\d\\d-\\d\\dT.*");
                }
                assertThat(text).as(f + " carries no secret").doesNotContain(SHARED_KEY_MARKER).doesNotContain(KEY_MARKER);
            }
            FIG.put("cli_sigterm_runs", 1);
            ReliabilityKit.figure("shutdown-cli", FIG);
        }
    }

    /**
     * The sandbox as a real process with --state, killed at random points while deactivations stream in
     * (bounded: 6 runs, alternating SIGKILL and SIGTERM). Each run restarts from the file the last one left.
     */
    @Test
    void sandboxKilledAtRandomPointsLeavesAParsableCompleteStateFile() throws Exception {
        Path seed = dir.resolve("seed.json");
        StringBuilder devices = new StringBuilder();
        int total = 300;
        for (int i = 0; i < total; i++) {
            devices.append(i == 0 ? "" : ",").append("{\"license_id\":1,\"hardware_id\":\"kill-hw-").append(i)
                    .append("\",\"active\":true}");
        }
        Files.writeString(seed, "{\"products\":[{\"id\":1,\"short_code\":\"kp\",\"name\":\"Kill\"}],"
                + "\"licenses\":[{\"id\":1,\"product\":\"kp\",\"license_key\":\"KILL-KEY-0001\",\"max_activations\":400}],"
                + "\"devices\":[" + devices + "]}");
        Path state = dir.resolve("state").resolve("sandbox-state.json");
        Random random = new Random(8);
        AtomicInteger nextDevice = new AtomicInteger();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int runs = 6;
        for (int run = 0; run < runs; run++) {
            ProcessBuilder pb = new ProcessBuilder(run == 0
                    ? javaCommand("sandbox", "--port", "0", "--json", "--seed", seed.toString(), "--state", state.toString())
                    : javaCommand("sandbox", "--port", "0", "--json", "--state", state.toString()));
            pb.environment().put("LM_HOME", dir.resolve("sb-home").toString());
            pb.redirectError(dir.resolve("sandbox-" + run + ".err").toFile());
            Process p = pb.start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String first = out.readLine();
                assertThat(first).as("run " + run + ": sandbox started; stderr: "
                        + Files.readString(dir.resolve("sandbox-" + run + ".err"))).isNotNull();
                JsonNode info = ReliabilityKit.JSON.readTree(first);
                String pem = Files.readString(Path.of(info.get("public_key_file").asText()));
                ResponseSignatureVerifier.parsePem(pem);
                var service = ReliabilityKit.service(ReliabilityKit.fastSettings(info.get("base_url").asText(),
                        info.get("api_key").asText(), info.get("shared_key").asText(), pem));
                int killAfter = 1 + random.nextInt(6);
                CountDownLatch enough = new CountDownLatch(killAfter);
                AtomicBoolean stop = new AtomicBoolean();
                Thread load = new Thread(() -> {
                    while (!stop.get()) {
                        String hw = "kill-hw-" + nextDevice.getAndIncrement();
                        Outcome o = service.deactivate(DeactivationInput.licenseKey("kp", hw, "KILL-KEY-0001"),
                                new Cancellation());
                        if (o.kind() == OutcomeKind.DEACTIVATED) {
                            acknowledged.add(hw);
                            enough.countDown();
                        } else if (o.kind() != OutcomeKind.NETWORK && !(o.kind() == OutcomeKind.ALREADY_INACTIVE
                                && o.detail().contains(dev.licensemanager.service.OutcomeMapper.MAY_HAVE_ACTED))) {
                            // Not acknowledged, so not checked: a cut connection, or a slow first answer followed by
                            // the retry's device_not_found (already inactive, "our first request may have freed it").
                            throw new AssertionError(hw + ": " + o);
                        }
                    }
                }, "kill-load");
                load.start();
                assertThat(enough.await(60, TimeUnit.SECONDS)).as("run " + run + " got its deactivations").isTrue();
                if (run % 2 == 0) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
                } else {
                    p.destroy(); // SIGTERM: the sandbox's own shutdown path
                }
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                stop.set(true);
                load.join(30_000);
            } finally {
                p.destroyForcibly();
            }
            // The file parses, and holds every deactivation that was acknowledged before the kill.
            JsonNode saved = ReliabilityKit.JSON.readTree(state.toFile());
            assertThat(saved.get("signing_key")).as("run " + run + ": key kept").isNotNull();
            Map<String, Boolean> active = new LinkedHashMap<>();
            saved.get("devices").forEach(d -> active.put(d.get("hardware_id").asText(), d.path("active").asBoolean(true)));
            for (String hw : acknowledged) {
                assertThat(active.get(hw)).as("run " + run + ": acknowledged deactivation of " + hw + " persisted")
                        .isFalse();
            }
            ResponseSignatureVerifier.parsePem(Files.readString(state.resolveSibling(state.getFileName()
                    + ".public-key.pem")));
        }
        // The in-process sandbox loads what the last kill left.
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().stateFile(state).build())) {
            assertThat(s.activeHardwareIds(1)).doesNotContainAnyElementsOf(acknowledged);
        }
        Map<String, Integer> fig = new LinkedHashMap<>();
        fig.put("sandbox_kill_runs", runs);
        fig.put("acknowledged_deactivations_checked", acknowledged.size());
        ReliabilityKit.figure("shutdown-sandbox", fig);
    }

    private static List<Path> allFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
