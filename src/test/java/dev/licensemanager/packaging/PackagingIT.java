package dev.licensemanager.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jpackage app-image that {@code mvn package} built (failsafe, verify phase), so packaging cannot
 * silently break: a missing JDK module, a broken class path or launcher shows here. Skipped when no image was
 * built ({@code -Djpackage.skip}). CLI only, headless; the window is checked too when a display is present.
 */
class PackagingIT {
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
    }

    private Run run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("LM_VENDOR_CONFIG");
        pb.environment().put("LM_HOME", home.resolve("lm").toString());
        pb.environment().put("HOME", home.resolve("user").toString());
        // Java takes user.home from the password database, not $HOME: point it (and ~/.openjfx) at the temp folder.
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home.resolve("user"));
        pb.environment().putAll(extraEnv);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionFromThePom() throws Exception {
        Run r = run(Map.of(), "--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(System.getProperty("lm.version"));
    }

    @Test
    void deactivateHelp() throws Exception {
        Run r = run(Map.of(), "deactivate", "--help");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("deactivate").contains("--product");
    }

    @Test
    void hardwareIdRunsInTheImage() throws Exception {
        Run r = run(Map.of(), "hardware-id");
        // A machine without any ID source may legitimately refuse (a named outcome, non-zero exit); what must never
        // happen in the image is a Java failure (missing module, class path, native library).
        assertThat(r.err()).doesNotContain("Exception in thread").doesNotContain("NoClassDefFoundError")
                .doesNotContain("UnsatisfiedLinkError");
        if (r.exit() == 0) {
            assertThat(r.out().strip()).matches("[0-9a-f]{64}");
        } else {
            assertThat(r.err()).isNotBlank();
        }
    }

    @Test
    void sandboxCommandIsPackaged() throws Exception {
        Run help = run(Map.of(), "--help");
        assumeTrue(help.out().contains("sandbox"), "no sandbox subcommand in this build yet");
        Run r = run(Map.of(), "sandbox", "--help");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void cliWritesNothingIntoTheHomeFolder() throws Exception {
        run(Map.of(), "--version");
        assertThat(home.resolve("user/.openjfx")).doesNotExist();
    }

    @Test
    void windowOpensWhenADisplayIsPresent() throws Exception {
        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isBlank(), "no DISPLAY: window check skipped");
        Run r = run(Map.of("DISPLAY", display, "LM_EXIT_ON_SHOWN", "1"));
        assertThat(r.out()).as(r.err()).contains("LM_SHOWN");
        assertThat(home.resolve("user/.openjfx")).as("JavaFX natives go to the app-data folder").doesNotExist();
        assertThat(home.resolve("lm/javafx-cache")).isDirectory();
    }
}
