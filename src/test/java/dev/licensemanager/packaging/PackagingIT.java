package dev.licensemanager.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.licensemanager.packaging.ImageLauncher.Run;
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

    /**
     * The user's home folder, shared by the runs of this class like a real user's: a JDK 25+ image writes its startup
     * archive there on the first start and maps it on later ones (so not every run pays for writing one).
     */
    @TempDir
    static Path userHome;

    @BeforeAll
    static void findImage() {
        launcher = ImageLauncher.find();
    }

    private Run run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new java.util.HashMap<>(userEnv());
        env.putAll(extraEnv);
        return ImageLauncher.run(launcher, home, 90, env, args);
    }

    private void isolate(Map<String, String> env) {
        ImageLauncher.isolate(env, home);
        env.putAll(userEnv());
    }

    /** HOME, LOCALAPPDATA and user.home in the class's shared user folder, where the startup archive lives. */
    private static Map<String, String> userEnv() {
        return Map.of("HOME", userHome.toString(), "LOCALAPPDATA", localAppData().toString(),
                "JAVA_TOOL_OPTIONS", "-Duser.home=" + userHome);
    }

    private static Path localAppData() {
        return userHome.resolve("AppData/Local");
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

    /** Every JDK module jdeps finds in the packaged class path must be in the jlinked runtime. */
    @Test
    void runtimeHasEveryModuleJdepsFinds() throws Exception {
        String jp = System.getProperty("lm.jpackage.dir");
        assumeTrue(jp != null && Files.isDirectory(Path.of(jp, "input")), "no jpackage input folder");
        var jdeps = java.util.spi.ToolProvider.findFirst("jdeps");
        assumeTrue(jdeps.isPresent(), "no jdeps in this JDK");
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int rc = jdeps.get().run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17", "--module-path",
                Path.of(jp, "jfx") + java.io.File.pathSeparator + Path.of(jp, "input"), "--add-modules", "ALL-MODULE-PATH");
        assertThat(rc).as(err.toString()).isZero();
        List<String> needed = List.of(out.toString().strip().split(","));
        Path release;
        try (var files = Files.walk(launcher.getParent().getParent(), 6)) {
            release = files.filter(p -> p.getFileName().toString().equals("release") && Files.isDirectory(p.resolveSibling("lib")))
                    .findFirst().orElseThrow();
        }
        String modules = Files.readAllLines(release).stream().filter(l -> l.startsWith("MODULES=")).findFirst().orElse("");
        List<String> linked = List.of(modules.replace("MODULES=", "").replace("\"", "").split(" "));
        assertThat(linked).as("runtime modules in " + release + " (add the missing ones to installer/app-image.txt)")
                .containsAll(needed.stream().filter(m -> m.startsWith("java.") || m.startsWith("jdk.") || m.startsWith("javafx.")).toList());
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

    /** The sandbox (jdk.httpserver, in-process) and a real deactivation against it, both from the image. */
    @Test
    void sandboxAndDeactivateRunInTheImage() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "sandbox", "--json");
        isolate(pb.environment());
        pb.redirectError(home.resolve("sandbox-err.txt").toFile());
        Process sandbox = pb.start();
        try {
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String line = first.get(90, TimeUnit.SECONDS);
            assertThat(line).as("sandbox --json first line; stderr: " + Files.readString(home.resolve("sandbox-err.txt")))
                    .isNotNull().startsWith("{");
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            Map<String, String> env = Map.of(
                    "LM_API_URL", json.get("base_url").asText(),
                    "LM_API_KEY", json.get("api_key").asText(),
                    "LM_SHARED_KEY", json.get("shared_key").asText(),
                    "LM_PUBLIC_KEY_FILE", json.get("public_key_file").asText());
            String product = json.get("demo").get("key_product").asText();
            String key = json.get("demo").get("license_key").asText();
            Run r = run(env, "deactivate", "--product", product, "--license-key", key, "--json");
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            Run again = run(env, "deactivate", "--product", product, "--license-key", key, "--json");
            assertThat(again.exit()).as("already inactive: " + again.out() + again.err()).isEqualTo(3);
        } finally {
            sandbox.destroy();
            if (!sandbox.waitFor(20, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly();
            }
        }
    }

    @Test
    void cliWritesNothingIntoTheHomeFolder() throws Exception {
        run(Map.of(), "--version");
        assertThat(userHome.resolve(".openjfx")).doesNotExist();
    }

    @Test
    void windowOpensWhenADisplayIsPresent() throws Exception {
        String display = System.getenv("DISPLAY");
        dev.licensemanager.testsupport.Required.present(display != null && !display.isBlank(), "a DISPLAY");
        // Demo mode: the window, then its services (the in-process sandbox, the HTTP client) start in the image.
        Run r = run(Map.of("DISPLAY", display, "LM_EXIT_ON_SHOWN", "ready"));
        assertThat(r.out()).as(r.err()).contains("LM_SHOWN").contains("LM_READY").doesNotContain("LM_SERVICES_FAILED");
        assertThat(r.exit()).isZero();
        assertThat(userHome.resolve(".openjfx")).as("JavaFX natives go to the app-data folder").doesNotExist();
        assertThat(home.resolve("lm/javafx-cache")).isDirectory();
    }

    /**
     * A JDK 25+ image (installer/runtime-jdk25.txt): the first start writes the per-user startup archive at its exit
     * and the next start maps it (the file is left as it is); a CLI run that writes one keeps its exit code, and the
     * window replaces a CLI-made archive. Skipped for a JDK 17 runtime (its archive is made at install time).
     */
    @Test
    void startupArchiveIsWrittenOnceAndKeepsExitCodes() throws Exception {
        Path cfg;
        try (var files = Files.walk(launcher.getParent().getParent(), 4)) {
            String name = launcher.getFileName().toString().replaceFirst("\\.exe$", "") + ".cfg";
            cfg = files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
        String option = Files.readAllLines(cfg).stream().filter(l -> l.startsWith("java-options=-Dlm.cds.archive="))
                .findFirst().orElse(null);
        assumeTrue(option != null, "image without a per-user archive (JDK 17 runtime)");
        Path archive = Path.of(option.substring(option.indexOf('=', option.indexOf("archive")) + 1)
                .replace("$HOME", userHome.toString()).replace("$LOCALAPPDATA", localAppData().toString()));
        assertThat(archive.startsWith(userHome)).as(archive.toString()).isTrue();
        Files.deleteIfExists(archive);

        Run cli = run(Map.of(), "deactivate", "--no-such-option");
        assertThat(cli.exit()).as("usage error, even though this run wrote the archive: " + cli.err()).isEqualTo(2);
        assertThat(archive).as("written by the CLI run").exists();
        assertThat(cli.out() + cli.err()).doesNotContain("[cds]").doesNotContain("Error occurred");

        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isBlank(), "no DISPLAY: window part skipped");
        Map<String, String> window = Map.of("DISPLAY", display, "LM_EXIT_ON_SHOWN", "1");
        assertThat(run(window).exit()).isZero();
        assertThat(archive).as("the window discards the CLI's archive").doesNotExist();
        assertThat(run(window).exit()).isZero();
        assertThat(archive).as("the window's first start writes its own").exists();
        var written = Files.getLastModifiedTime(archive);
        long size = Files.size(archive);
        Run second = run(window);
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("LM_SHOWN").doesNotContain("[cds]");
        assertThat(Files.getLastModifiedTime(archive)).as("mapped, not rewritten").isEqualTo(written);
        assertThat(Files.size(archive)).isEqualTo(size);
    }

    @Test
    void windowOpensWithTheExampleVendorConfiguration() throws Exception {
        String display = System.getenv("DISPLAY");
        dev.licensemanager.testsupport.Required.present(display != null && !display.isBlank(), "a DISPLAY");
        Path vendor = Path.of("installer/vendor-config.example.json").toAbsolutePath();
        Run r = run(Map.of("DISPLAY", display, "LM_EXIT_ON_SHOWN", "ready", "LM_VENDOR_CONFIG", vendor.toString()));
        assertThat(r.out()).as(r.err()).contains("LM_SHOWN").contains("LM_READY").doesNotContain("LM_SERVICES_FAILED");
        assertThat(r.exit()).isZero();
    }

    /** The services start after the first frame; when they cannot (a CA file that is no certificate), it is said. */
    @Test
    void aServiceFailureAfterTheFirstFrameIsReportedNotHidden() throws Exception {
        String display = System.getenv("DISPLAY");
        dev.licensemanager.testsupport.Required.present(display != null && !display.isBlank(), "a DISPLAY");
        Path ca = Files.writeString(home.resolve("corp-ca.pem"), "not a certificate\n");
        Path cfg = Files.writeString(home.resolve("vendor-config.json"), """
                {"product": {"code": "acme-cad", "name": "Acme CAD"},
                 "api": {"base_url": "https://api.licensespring.com", "api_key": "k", "shared_key": "s",
                         "ca_file": "%s"}}
                """.formatted(ca));
        Run r = run(Map.of("DISPLAY", display, "LM_EXIT_ON_SHOWN", "ready", "LM_VENDOR_CONFIG", cfg.toString()));
        assertThat(r.out()).as(r.err()).contains("LM_SHOWN").contains("LM_SERVICES_FAILED").contains("api.ca_file")
                .doesNotContain("LM_READY");
        assertThat(r.exit()).isEqualTo(1);
    }
}
