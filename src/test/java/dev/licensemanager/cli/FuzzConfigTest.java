package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.cli.ReliabilityKit.RawServer;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfigLoader;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration: malformed vendor configuration and sandbox seed files. Each is refused with a message
 * naming the file and the field; nothing starts half-configured (no request is sent, no port stays open).
 */
class FuzzConfigTest {
    @TempDir
    Path dir;

    /** file content → the field the message must name (null: the file as a whole). */
    static Map<String, String> vendorCorpus() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("", null);
        c.put("   ", null);
        c.put("[]", null);
        c.put("null", null);
        c.put("\"text\"", null);
        c.put("{", null);
        c.put("{\"api\":{\"api_key\":\"k\",}}", null);
        c.put("{\"api\":{\"api_key\":\"k\"}}{}", null);
        c.put("\u00ff\u00fe{}", null);
        c.put("{\"apii\":{}}", "apii");
        c.put("{\"api\":[]}", "api");
        c.put("{\"api\":\"x\"}", "api");
        c.put("{\"api\":{\"base_url\":42}}", "api.base_url");
        c.put("{\"api\":{\"base_url\":\"http://license.example.com\"}}", "api.base_url");
        c.put("{\"api\":{\"base_url\":\"ftp://x\"}}", "api.base_url");
        c.put("{\"api\":{\"base_url\":\"not a url\"}}", "api.base_url");
        c.put("{\"api\":{\"api_key\":\"k\"}}", "api.shared_key");
        c.put("{\"api\":{\"shared_key\":\"s\"}}", "api.api_key");
        c.put("{\"api\":{\"oauth_client_id\":\"c\"}}", "api.oauth_client_secret");
        c.put("{\"api\":{\"oauth_client_secret\":\"c\"}}", "api.oauth_client_id");
        c.put("{\"api\":{\"api_key\":\"k\\u0007x\",\"shared_key\":\"s\"}}", "api.api_key");
        c.put("{\"api\":{\"api_key\":[\"k\"],\"shared_key\":\"s\"}}", "api.api_key");
        c.put("{\"api\":{\"public_key\":\"-----BEGIN PUBLIC KEY-----\\nnope\\n-----END PUBLIC KEY-----\"}}", "api.public_key");
        c.put("{\"api\":{\"public_key_file\":\"/nonexistent/key.pem\"}}", "api.public_key_file");
        c.put("{\"api\":{\"connect_timeout_seconds\":0}}", "api.connect_timeout_seconds");
        c.put("{\"api\":{\"read_timeout_seconds\":\"10\"}}", "api.read_timeout_seconds");
        c.put("{\"api\":{\"read_timeout_seconds\":1e9}}", "api.read_timeout_seconds");
        c.put("{\"api\":{\"unknown\":1}}", "api.unknown");
        c.put("{\"product\":{\"code\":\"bad code!\"}}", "product.code");
        c.put("{\"product\":{\"code\":\"" + "p".repeat(200) + "\"}}", "product.code");
        c.put("{\"product\":{\"bundle\":\"yes\"}}", "product.bundle");
        c.put("{\"sso\":{\"grant\":\"password\"}}", "sso.grant");
        c.put("{\"sso\":{\"redirect_port\":70000}}", "sso.redirect_port");
        c.put("{\"sso\":{\"redirect_path\":\"callback\"}}", "sso.redirect_path");
        c.put("{\"sso\":{\"customer_account_code\":\"a b\"}}", "sso.customer_account_code");
        c.put("{\"branding\":{\"accent_color\":\"red\"}}", "branding.accent_color");
        c.put("{\"proxy\":{\"mode\":\"auto\"}}", "proxy.mode");
        c.put("{\"proxy\":{\"mode\":\"explicit\"}}", "proxy.host");
        c.put("{\"proxy\":{\"mode\":\"explicit\",\"host\":\"p\",\"port\":0}}", "proxy.port");
        c.put("{\"credential_kinds\":[]}", "credential_kinds");
        c.put("{\"credential_kinds\":[\"magic\"]}", "credential_kinds");
        c.put("{\"credential_kinds\":\"user\"}", "credential_kinds");
        c.put("{\"hardware_id\":{\"algorithm\":\"quantum\"}}", "hardware_id.algorithm");
        c.put("{\"support\":{\"url\":7}}", "support.url");
        c.put("{\"api\":{\"base_url\":\"https://x\"}," + "\"pad\":\"" + "x".repeat(300_000) + "\"}", null);
        return c;
    }

    @Test
    void malformedVendorConfigurationNamesFileAndFieldAndSendsNothing() throws Exception {
        int tried = 0;
        List<String> failures = new ArrayList<>();
        try (RawServer api = RawServer.start(s -> ReliabilityKit.quietly(s::close))) {
            int i = 0;
            for (Map.Entry<String, String> e : vendorCorpus().entrySet()) {
                Path file = dir.resolve("vendor-" + i++ + ".json");
                Files.writeString(file, e.getKey());
                Map<String, String> env = new HashMap<>();
                env.put("LM_HOME", dir.resolve("home").toString());
                env.put("LM_VENDOR_CONFIG", file.toString());
                if (!e.getKey().contains("base_url")) {
                    env.put("LM_API_URL", api.url("http"));
                }
                if (!e.getKey().contains("api_key") && !e.getKey().contains("shared_key")
                        && !e.getKey().contains("oauth")) {
                    env.put("LM_API_KEY", "k");
                    env.put("LM_SHARED_KEY", "s");
                }
                String label = "vendor config " + i + " " + abbreviate(e.getKey());
                tried++;
                try {
                    // The loader (package-time validation) and the CLI (run time) say the same.
                    ConfigException thrown = null;
                    try {
                        VendorConfigLoader.validateFile(file);
                    } catch (ConfigException ce) {
                        thrown = ce;
                    }
                    assertThat(thrown).as(label + ": refused at validation").isNotNull();
                    assertThat(thrown.getMessage()).as(label).contains(file.toString());
                    int before = api.connections.get();
                    CliRun r = ReliabilityKit.cli(env, "", "deactivate", "--json", "--product", "p", "--license-key", "K",
                            "--hardware-id", "hw");
                    assertThat(api.connections.get() - before).as(label + ": nothing sent; " + r.all()).isZero();
                    assertThat(r.exit()).as(label + ": " + r.all()).isEqualTo(5);
                    assertThat(r.json().get("code").asText()).isEqualTo("config_invalid");
                    String detail = r.json().get("detail").asText();
                    assertThat(detail).as(label + " names the file").contains(file.toString());
                    if (e.getValue() != null) {
                        assertThat(detail).as(label + " names the field").contains("'" + e.getValue() + "'");
                    }
                    assertThat(detail.length()).as(label + ": bounded").isLessThan(600);
                } catch (AssertionError err) {
                    failures.add(err.getMessage());
                }
            }
            assertThat(failures).isEmpty();
            assertThat(api.connections.get()).as("nothing was sent with a broken configuration").isZero();
        }
        Map<String, Integer> fig = new LinkedHashMap<>();
        fig.put("config_files_tried", tried);
        ReliabilityKit.figure("configs", fig);
    }

    static Map<String, String> seedCorpus() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("", null);
        c.put("{", null);
        c.put("[]", null);
        c.put("{\"products\":{}}", "'products'");
        c.put("{}", "'products': no products");
        c.put("{\"products\":[]}", "'products': no products");
        c.put("{\"products\":[{\"id\":1}]}", "'short_code'");
        c.put("{\"products\":[{\"id\":\"one\",\"short_code\":\"p\"}]}", "'products[0].id'");
        c.put("{\"licenses\":[{\"id\":1,\"product\":\"nope\",\"license_key\":\"K\"}]}", "nope");
        c.put("{\"products\":[{\"id\":1,\"short_code\":\"p\"}],\"licenses\":[{\"id\":1,\"product\":\"p\","
                + "\"license_key\":\"K\",\"validity_period\":\"someday\"}]}", "validity_period");
        c.put("{\"devices\":[{\"license_id\":99,\"hardware_id\":\"x\"}]}", "99");
        c.put("{\"faults\":[{\"endpoint\":\"deactivate_license\",\"type\":\"explode\"}]}", "fault type");
        c.put("{\"products\":[{\"id\":1,\"short_code\":\"p\",\"authorization_method\":\"telepathy\"}]}",
                "authorization_method");
        return c;
    }

    @Test
    void malformedSeedNamesFileAndFieldAndLeavesNoPortOpen() throws Exception {
        int tried = 0;
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : seedCorpus().entrySet()) {
            Path seed = dir.resolve("seed-" + i++ + ".json");
            Files.writeString(seed, e.getKey());
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            String label = "seed " + i + " " + abbreviate(e.getKey());
            tried++;
            try {
                Throwable thrown = null;
                try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().port(port).seedFile(seed).build())) {
                    thrown = null;
                } catch (RuntimeException ex) {
                    thrown = ex;
                }
                assertThat(thrown).as(label + ": refused").isNotNull();
                String msg = messages(thrown);
                assertThat(msg).as(label + " names the file: " + msg).contains(seed.getFileName().toString());
                if (e.getValue() != null) {
                    assertThat(msg).as(label + " names the field: " + msg).contains(e.getValue());
                }
                try (Socket s = new Socket()) {
                    s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                    failures.add(label + ": port " + port + " still open after a failed start");
                } catch (java.io.IOException refused) {
                    // nothing listening: nothing started half-configured
                }
                // The CLI says the same and exits 2.
                CliRun r = ReliabilityKit.cli(Map.of("LM_HOME", dir.resolve("sb-home").toString()), "", "sandbox",
                        "--seed", seed.toString(), "--port", "0");
                assertThat(r.exit()).as(label + ": " + r.all()).isEqualTo(2);
                assertThat(r.all()).as(label).contains(seed.getFileName().toString());
            } catch (AssertionError err) {
                failures.add(err.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        Map<String, Integer> fig = new LinkedHashMap<>();
        fig.put("seed_files_tried", tried);
        ReliabilityKit.figure("seeds", fig);
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append(" | ");
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
