package dev.licensemanager.packaging;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the app-image's launcher ({@code -Dlm.launcher}, set by failsafe) the way the packaging tests need it. */
final class ImageLauncher {
    private ImageLauncher() {
    }

    record Run(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    /** The launcher; skips the test class when no image was built ({@code -Djpackage.skip}). */
    static Path find() {
        String p = System.getProperty("lm.launcher");
        Path launcher = p == null ? null : Path.of(p);
        assumeTrue(launcher != null && Files.isExecutable(launcher), "no app-image at " + p + " (not built)");
        return launcher;
    }

    /** Headless, no configuration from the machine, every file under {@code home}. */
    static void isolate(Map<String, String> env, Path home) {
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.keySet().removeIf(k -> k.startsWith("LM_"));
        env.put("LM_HOME", home.resolve("lm").toString());
        env.put("HOME", home.resolve("user").toString());
        // Java takes user.home from the password database, not $HOME: point it (and ~/.openjfx) at the temp folder.
        env.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home.resolve("user"));
    }

    /** Runs it isolated, stdin closed; fails when it is still running after {@code seconds}. */
    static Run run(Path launcher, Path home, int seconds, Map<String, String> extraEnv, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        isolate(pb.environment(), home);
        pb.environment().putAll(extraEnv);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after " + seconds + " s: " + cmd.subList(1, cmd.size()).stream()
                    .map(a -> a.length() > 60 ? a.substring(0, 60) + "…" : a).toList());
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
