package dev.licensemanager.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code .deb}'s pre-removal script ({@code installer/linux/resources/prerm}) run as dpkg runs it, against the
 * packaged launcher and the sandbox on loopback: on {@code remove} it frees every seat this computer holds, and the
 * launcher's command line carries no license key, password or token (the list comes from the server). A recording
 * wrapper stands at the launcher's installed path, so what is asserted is the script's real argv.
 */
class UninstallPackagingIT {
    private static final Path PRERM = Path.of("installer/linux/resources/prerm");

    @TempDir
    Path home;
    /** The app-image's launcher; the test is skipped when no image was built. */
    Path launcher;

    private record Script(Path file, Path args) {
    }

    /** The script as jpackage fills it in, with the launcher path pointing at a wrapper that records its arguments. */
    private Script script() throws IOException {
        Path args = home.resolve("launcher-args.txt");
        Path wrapper = home.resolve("license-manager");
        Files.writeString(wrapper, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + args + "'\nexec '" + launcher + "' \"$@\"\n");
        wrapper.toFile().setExecutable(true);
        String text = Files.readString(PRERM, StandardCharsets.UTF_8)
                .replace("UTILITY_SCRIPTS", "")
                .replace("DESKTOP_COMMANDS_UNINSTALL", ":")
                .replace("/opt/@app.name@/bin/@app.name@", wrapper.toString())
                .replace("/opt/@app.name@/lib/app/app.jsa", home.resolve("app.jsa").toString())
                .replace("@app.name@", "license-manager");
        assertThat(text).doesNotContain("/opt/");
        return new Script(Files.writeString(home.resolve("prerm"), text), args);
    }

    private int runPrerm(Script s, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", s.file().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        ImageLauncher.isolate(pb.environment(), home);
        pb.environment().remove("SUDO_USER");
        pb.environment().putAll(env);
        // dpkg from an unattended apt-get: no terminal on stdin, so the script does not ask.
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(home.resolve("prerm-out.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("prerm finished").isTrue();
        return p.exitValue();
    }

    @Test
    void removeFreesEverySeatWithNoSecretOnTheLaunchersCommandLine() throws Exception {
        launcher = ImageLauncher.find();
        ImageLauncher.Run id = ImageLauncher.run(launcher, home, 60, Map.of(), "hardware-id", "--json");
        String hw = new ObjectMapper().readTree(id.out()).get("hardware_id").asText();
        assertThat(hw).as(id.both()).isNotBlank();
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder().thisMachineHardwareId(() -> Optional.of(hw))
                .build())) {
            Map<String, String> api = Map.of("LM_API_URL", sb.baseUrl(), "LM_API_KEY", sb.apiKey(),
                    "LM_SHARED_KEY", sb.sharedKey(), "LM_PUBLIC_KEY_FILE", sb.publicKeyFile().toString());
            Script s = script();

            // Upgrade, or no terminal without the opt-in: the launcher is not even started.
            assertThat(runPrerm(s, api, "upgrade", "0.2.0")).isZero();
            assertThat(runPrerm(s, api, "remove")).isZero();
            assertThat(s.args()).doesNotExist();
            assertThat(sb.activeHardwareIds(1001)).contains(hw);

            java.util.HashMap<String, String> optIn = new java.util.HashMap<>(api);
            optIn.put("LM_PRERM_DEACTIVATE", "1");
            assertThat(runPrerm(s, optIn, "remove")).isZero();
            String said = Files.readString(home.resolve("prerm-out.txt"), StandardCharsets.UTF_8);
            assertThat(said).as("every seat freed: nothing to report").doesNotContain("Not every license seat");
            assertThat(Files.readAllLines(s.args())).containsExactly("deactivate", "--all");
            assertThat(Files.readString(s.args())).doesNotContain(sb.demo().licenseKey()).doesNotContain(sb.sharedKey())
                    .doesNotContain(sb.demo().password()).doesNotContain("DEMO-");
            for (long license : new long[] {1001, 2001, 3001}) {
                assertThat(sb.activeHardwareIds(license)).as("license " + license + " after removal").doesNotContain(hw);
            }
        }
    }
}
