package dev.licensemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.ui.WindowDependencies;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root's window wiring in demo mode: built-in sandbox, demo hint, connection test. */
class WindowWiringTest {

    @Test
    void demoWindowRunsOnTheBuiltInSandbox(@TempDir Path home) throws Exception {
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", home.toString(), "LM_LANG", "en"));
        VendorConfig cfg = root.loadConfig();
        assertThat(cfg.demo()).isTrue();
        WindowDependencies deps = root.windowDependencies(cfg, () -> { });
        try {
            assertThat(deps.config().product().code()).isEqualTo("demo-key");
            assertThat(deps.userProductCode()).isEqualTo("demo-user");
            // The window names the products the seed names, never the tool ("License Manager").
            assertThat(deps.config().productName()).isEqualTo("Demo Key Product");
            assertThat(deps.userProductName()).isEqualTo("Demo User Product");
            assertThat(deps.config().displayName()).isEqualTo("License Manager");
            assertThat(deps.demo().licenseKey()).isEqualTo("DEMO-KEY-1111-2222");
            assertThat(deps.sso().grant()).isEqualTo(dev.licensemanager.service.CredentialKind.SSO_CODE);
            String report = deps.connectionTest().run(new Cancellation());
            assertThat(report).contains("http://127.0.0.1:");
        } finally {
            deps.onExit().run();
        }
    }

    @Test
    void demoWindowGetsTheSupportTools(@TempDir Path home) throws Exception {
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", home.toString(), "LM_LANG", "en"));
        WindowDependencies deps = root.windowDependencies(root.loadConfig(), () -> { });
        try {
            assertThat(deps.support()).isNotNull();
            Path req = home.resolve("out/request.req");
            String said = deps.support().writeOfflineRequest(dev.licensemanager.service.DeactivationInput.licenseKey(
                    "demo-key", "hw-0001", "DEMO-KEY-1111-2222"), req);
            assertThat(req).exists();
            assertThat(said).contains("https://offline.licensespring.com", req.toAbsolutePath().toString());
            assertThat(deps.support().summary()).contains("Product: demo-key");
        } finally {
            deps.onExit().run();
        }
    }

    @Test
    void windowAndCliShowTheSameHardwareId(@TempDir Path home) throws Exception {
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", home.toString(), "LM_LANG", "en"));
        WindowDependencies deps = root.windowDependencies(root.loadConfig(), () -> { });
        try {
            String window = deps.machine().get().id();
            var out = new java.io.ByteArrayOutputStream();
            var ctx = new dev.licensemanager.cli.CliContext(new java.io.PrintStream(out, true),
                    new java.io.PrintStream(new java.io.ByteArrayOutputStream()), java.io.InputStream.nullInputStream(),
                    Map.of("LM_HOME", home.toString()), new CompositionRoot(Map.of("LM_HOME", home.toString())));
            assertThat(dev.licensemanager.cli.LicenseManagerCommand.execute(new String[] {"hardware-id"}, ctx)).isZero();
            assertThat(window).isNotBlank().isEqualTo(out.toString().strip());
        } finally {
            deps.onExit().run();
        }
    }

    @Test
    void withAVendorConfigurationNoSandboxRunsAndNoLoopbackPortOpens(@TempDir Path home) throws Exception {
        Path vendor = java.nio.file.Files.writeString(home.resolve("vendor-config.json"), """
                {"product": {"code": "acme-cad", "name": "Acme CAD"},
                 "api": {"base_url": "https://api.licensespring.com", "api_key": "k", "shared_key": "s"}}
                """);
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", home.resolve("h").toString(),
                "LM_VENDOR_CONFIG", vendor.toString()));
        VendorConfig cfg = root.loadConfig();
        assertThat(cfg.demo()).isFalse();
        java.util.Set<Integer> before = listeningPorts();
        WindowDependencies deps = root.windowDependencies(cfg, () -> { });
        try {
            assertThat(deps.config().api().baseUrl()).isEqualTo("https://api.licensespring.com");
            assertThat(deps.demo()).isNull();
            java.util.Set<Integer> opened = new java.util.HashSet<>(listeningPorts());
            opened.removeAll(before);
            assertThat(opened).as("listening sockets opened by the window wiring").isEmpty();
        } finally {
            deps.onExit().run();
        }
    }

    /**
     * Listening TCP ports of this JVM: the sockets of /proc/net/tcp{,6} in state 0A whose inode is one of this
     * process's open files (other test JVMs running beside this one open ports of their own).
     */
    private static java.util.Set<Integer> listeningPorts() throws java.io.IOException {
        java.util.Set<String> mine = new java.util.HashSet<>();
        try (var fds = java.nio.file.Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException e) {
                    // closed meanwhile
                }
            }
        }
        java.util.Set<Integer> ports = new java.util.HashSet<>();
        for (String f : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path p = Path.of(f);
            if (!java.nio.file.Files.exists(p)) {
                continue;
            }
            for (String line : java.nio.file.Files.readAllLines(p)) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length > 9 && cols[3].equals("0A") && mine.contains(cols[9])) {
                    ports.add(Integer.parseInt(cols[1].substring(cols[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
