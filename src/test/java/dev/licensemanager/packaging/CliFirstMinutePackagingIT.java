package dev.licensemanager.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's first minute, through the packaged launcher as a user or an uninstaller script meets it: typos and
 * missing displays are plain sentences with exit 2 and never a window or a Java trace; {@code --json} prints only
 * JSON even when the app-data folder cannot be written; messages name the option; files that cannot be written
 * are explained. Every run has a deadline, so "never opens a window" shows as a timely exit, not a hang.
 */
class CliFirstMinutePackagingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path launcher;

    @TempDir
    Path home;

    @BeforeAll
    static void findImage() {
        String p = System.getProperty("lm.launcher");
        launcher = p == null ? null : Path.of(p);
        assumeTrue(launcher != null && Files.isExecutable(launcher), "no app-image at " + p + " (not built)");
    }

    record Run(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private Run run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.keySet().removeIf(k -> k.startsWith("LM_"));
        env.put("LM_HOME", home.resolve("lm").toString());
        env.put("HOME", home.resolve("user").toString());
        env.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home.resolve("user"));
        env.putAll(extraEnv);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 60 s (a window opened, or it waits): " + cmd.subList(1, cmd.size()));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void plain(Run r) {
        assertThat(r.both()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("|-INFO")
                .doesNotContain("|-ERROR");
    }

    /** A display number where no X server listens: a window would fail or hang there. */
    private static String deadDisplay() {
        for (int n = 97; n < 140; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return ":" + n;
            }
        }
        return ":139";
    }

    @Test
    void unknownCommandIsRefusedWithASuggestionAndNeverOpensAWindow() throws Exception {
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("DISPLAY", deadDisplay()))) {
            Run typo = run(env, "deactviate", "--product", "x");
            assertThat(typo.exit()).as(typo.both()).isEqualTo(2);
            assertThat(typo.err()).contains("Unknown command 'deactviate'").contains("Did you mean 'deactivate'?")
                    .contains("Commands: ").contains("doctor").contains("offline-request");
            assertThat(typo.out()).isEmpty();
            plain(typo);

            Run unknown = run(env, "frobnicate");
            assertThat(unknown.exit()).as(unknown.both()).isEqualTo(2);
            assertThat(unknown.err()).contains("Unknown command 'frobnicate'").doesNotContain("Did you mean");
            plain(unknown);
        }
    }

    @Test
    void noDisplayIsOnePlainSentenceNamingTheCommands() throws Exception {
        Run none = run(Map.of());
        assertThat(none.exit()).as(none.both()).isEqualTo(2);
        // The JVM's own "Picked up JAVA_TOOL_OPTIONS" (set by this test for isolation) is not the tool's output.
        assertThat(none.err().strip().lines().filter(l -> !l.startsWith("Picked up JAVA_TOOL_OPTIONS"))).as(none.err())
                .hasSize(1);
        assertThat(none.err()).contains("DISPLAY is not set").contains("deactivate").contains("hardware-id");
        plain(none);

        Run dead = run(Map.of("DISPLAY", deadDisplay()), "--product", "demo-key");
        assertThat(dead.exit()).as(dead.both()).isEqualTo(2);
        assertThat(dead.err()).contains("cannot be opened").contains("deactivate");
        plain(dead);
    }

    @Test
    void jsonIsOnlyJsonWhenTheAppDataFolderCannotBeWritten() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        Map<String, String> env = Map.of("LM_HOME", file.resolve("lm").toString());
        Run hw = run(env, "hardware-id", "--json");
        JsonNode j = JSON.readTree(hw.out());
        assertThat(hw.out().strip().lines()).as(hw.out()).hasSize(1);
        assertThat(j.has("hardware_id") || j.has("outcome")).as(hw.out()).isTrue();
        plain(hw);

        Run bad = run(env, "deactivate", "--license-key", "K", "--username", "u", "--json");
        assertThat(bad.exit()).isEqualTo(2);
        JsonNode b = JSON.readTree(bad.out());
        assertThat(b.get("message").asText()).contains("--license-key").contains("--username").doesNotContain("([");
        assertThat(b.get("exit_code").asInt()).isEqualTo(2);
    }

    @Test
    void messagesNameTheOptionOrVariable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Map<String, String> api = new HashMap<>(Map.of("LM_API_URL", "http://127.0.0.1:" + closed, "LM_API_KEY", "k",
                "LM_SHARED_KEY", "s"));
        Run noProduct = run(api, "deactivate", "--license-key", "ABCD-1234", "--hardware-id", "hw-1");
        assertThat(noProduct.exit()).as(noProduct.both()).isEqualTo(2);
        assertThat(noProduct.both()).contains("--product or LM_PRODUCT").doesNotContain("highlighted");

        Run noToken = run(api, "deactivate", "--product", "p", "--sso-token", "--customer-account-code", "c",
                "--hardware-id", "hw-1");
        assertThat(noToken.exit()).as(noToken.both()).isEqualTo(2);
        assertThat(noToken.both()).contains("LM_SSO_TOKEN").contains("stdin");

        Run both = run(Map.of(), "deactivate", "--license-key", "K", "--customer-account-code", "A",
                "--customer-account-code", "B");
        assertThat(both.err()).contains("--customer-account-code was given more than once").doesNotContain("expected only one match");
        plain(both);
    }

    @Test
    void filesThatCannotBeWrittenAreExplainedAndCreatedFoldersAreSaid() throws Exception {
        Map<String, String> api = Map.of("LM_API_URL", "https://api.licensespring.com", "LM_API_KEY", "k",
                "LM_SHARED_KEY", "s");
        Run folder = run(api, "offline-request", "--out", home.toString(), "--product", "p", "--license-key", "ABCD-1234",
                "--hardware-id", "hw-1");
        assertThat(folder.exit()).as(folder.both()).isEqualTo(1);
        assertThat(folder.err()).contains("it is a folder, not a file").doesNotContain("FileSystemException");

        Path nested = home.resolve("new/dir/x.req");
        Run created = run(api, "offline-request", "--out", nested.toString(), "--product", "p", "--license-key",
                "License key: ABCD-1234\u00a0", "--hardware-id", "hw-1");
        assertThat(created.exit()).as(created.both()).isZero();
        assertThat(created.out()).contains("The folder " + nested.getParent() + " did not exist and was created")
                .contains("https://offline.licensespring.com").doesNotContain("demo file");
        assertThat(nested).isRegularFile();
    }

    /**
     * Linux's packaged launcher dies with signal 11 once the arguments pass about 63.5 KB (docs/support.md): the
     * tool refuses far less than that in words, so long input gets a message, not a crash.
     */
    @Test
    void longArgumentsAreRefusedInWordsBelowTheLauncherLimit() throws Exception {
        String big = "A".repeat(60_000);
        for (String[] args : List.of(new String[] {"deactivate", "--license-key", big},
                new String[] {"--license-key", big}, new String[] {"license-manager://deactivate?license_key=" + big})) {
            Run r = run(Map.of(), args);
            assertThat(r.exit()).as("exit for " + args[0]).isEqualTo(2);
            assertThat(r.err()).contains("The arguments are too long").contains("--license-key -");
            assertThat(r.err().length()).as("the value is not echoed back").isLessThan(1000);
        }
    }
}
