package dev.licensemanager.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.app.CompositionRoot;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every secret is a marker; the whole zip is scanned for it. */
class SupportBundleTest {
    static final String M = "SECRETMARKER";
    static final String LICENSE_KEY = "LKEY-" + M + "-AB12-9Z8Y";

    @TempDir
    Path home;

    private Map<String, String> env(Path cfgFile) {
        Map<String, String> env = new HashMap<>();
        env.put("LM_HOME", home.toString());
        env.put("LM_VENDOR_CONFIG", cfgFile.toString());
        env.put("LM_PROXY_PASSWORD", "proxy-" + M + "-pw");
        env.put("LM_PASSWORD", "user-" + M + "-pw");
        env.put("LM_SSO_TOKEN", "sso-" + M + "-token");
        return env;
    }

    private Path config() throws Exception {
        Path cfg = home.resolve("vendor.json");
        Files.writeString(cfg, """
                {"product":{"code":"prod-x","name":"Prod X"},
                 "api":{"base_url":"http://127.0.0.1:9","api_key":"apikey-0000-ABCD","shared_key":"shared-%1$s-key",
                        "oauth_client_id":"client-1","oauth_client_secret":"client-%1$s-secret"},
                 "proxy":{"mode":"none","username":"proxyuser"}}
                """.formatted(M));
        return cfg;
    }

    @Test
    void noSecretAnywhereInTheZip() throws Exception {
        Path cfgFile = config();
        CompositionRoot root = new CompositionRoot(env(cfgFile));
        VendorConfig cfg = root.loadConfig();
        root.outcomeHistory().record("deactivate", "prod-x", new Outcome(OutcomeKind.NETWORK, "network_refused", "",
                "REFUSED (ConnectException)", false, null, 2, "req-1", List.of()));
        Files.createDirectories(root.dirs().logs());
        Files.write(root.dirs().logs().resolve("license-manager.log"), List.of(
                "2026-11-27T06:00:00Z INFO  requests - POST /api/v4/deactivate_license 400 device_not_found 120 ms",
                "debug body {\"license_key\":\"" + LICENSE_KEY + "\",\"password\":\"pw-" + M + "\"}",
                "Authorization: algorithm=\"hmac-sha256\",headers=\"date\",signature=\"" + M + "c2lnbmF0dXJl\"",
                "Authorization: Bearer eyJ" + M + "abc.def",
                "shared key was shared-" + M + "-key in a stack trace",
                "query ?code=" + M + "code&state=1 and id_token=" + M + "tok",
                "plain key " + LICENSE_KEY + " typed by a user"), StandardCharsets.UTF_8);
        Files.writeString(root.dirs().logs().resolve("license-manager.1.log"),
                "older client_secret=client-" + M + "-secret\n");

        SupportBundle bundle = root.supportBundle(cfg, null, null, Locale.ENGLISH);
        assertThat(bundle.summary(null)).as("no check has run yet, and it says so")
                .contains("Connectivity: not checked yet");
        Path zip = bundle.write(home.resolve("out/bundle.zip"), null);

        Map<String, String> entries = unzip(zip);
        assertThat(entries.keySet()).contains("README.txt", "summary.txt", "system.json", "vendor-config.json",
                "hardware-id.txt", "doctor.json", "doctor.txt", "outcomes.json", "logs/license-manager.log",
                "logs/license-manager.1.log");
        entries.forEach((name, text) -> assertThat(text).as(name).doesNotContain(M));
        assertThat(new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1)).doesNotContain(M);

        assertThat(entries.get("vendor-config.json")).contains("prod-x").contains("…ABCD")
                .doesNotContain("apikey-0000").contains("(set)").contains("proxyuser");
        assertThat(entries.get("logs/license-manager.log")).contains("…9Z8Y").contains("device_not_found");
        assertThat(entries.get("outcomes.json")).contains("network_refused").contains("req-1");
        assertThat(entries.get("system.json")).contains("java_version").contains("time_zone").contains("locale")
                .contains("javafx_version");
        assertThat(entries.get("doctor.json")).contains("\"overall\"").contains("tcp_refused");
        assertThat(entries.get("hardware-id.txt")).contains("Algorithm");

        String summary = bundle.summary(null);
        assertThat(summary).contains("prod-x").contains("network_refused").doesNotContain(M);
        // The same Connectivity line as summary.txt: the check the bundle just ran (nothing listens on port 9).
        String connectivity = summary.lines().filter(l -> l.startsWith("Connectivity: ")).findFirst().orElseThrow();
        assertThat(connectivity).contains("tcp_refused").doesNotContain("not checked");
        assertThat(entries.get("summary.txt")).contains(connectivity);
    }

    @Test
    void redactorMasksFieldsAndKnownValues() {
        Redactor r = new Redactor(List.of("hunter2-long", "", "ab"));
        assertThat(r.redact("x hunter2-long y")).isEqualTo("x [redacted] y");
        assertThat(r.redact("\"password\":\"abc\"")).isEqualTo("\"password\":\"[redacted]\"");
        assertThat(r.redact("\"shared_key\" : null")).isEqualTo("\"shared_key\" : null");
        assertThat(r.redact("license_key=ABCD-EFGH-IJKL-MNOP")).isEqualTo("license_key=…MNOP");
        assertThat(r.redact("code: missing_headers")).isEqualTo("code: missing_headers");
        String uuidLikeHardwareId = "4C4C4544-0042-3510-8052-B4C04F4E4B32";
        assertThat(r.redact("id " + uuidLikeHardwareId)).isEqualTo("id …4B32");
        assertThat(r.keeping(uuidLikeHardwareId, null).redact("id " + uuidLikeHardwareId + " key AAAA-BBBB-CCCC-DDDD"))
                .isEqualTo("id " + uuidLikeHardwareId + " key …DDDD");
    }

    private static Map<String, String> unzip(Path zip) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                z.transferTo(b);
                m.put(e.getName(), b.toString(StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    /** Cancel while the bundle's connection check waits on a silent server: nothing is written, no partial zip. */
    @Test
    void cancelledWhileTheConnectionCheckRunsWritesNothing() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
            List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepts, never answers
                        reached.countDown();
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path cfg = home.resolve("silent.json");
            Files.writeString(cfg, """
                    {"product":{"code":"prod-x"},
                     "api":{"base_url":"http://127.0.0.1:%d","api_key":"k","shared_key":"s"},"proxy":{"mode":"none"}}
                    """.formatted(silent.getLocalPort()));
            CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", home.toString(), "LM_VENDOR_CONFIG", cfg.toString()));
            SupportBundle bundle = root.supportBundle(root.loadConfig(), null, null, Locale.ENGLISH);
            Path zip = home.resolve("out/bundle.zip");
            dev.licensemanager.common.Cancellation cancel = new dev.licensemanager.common.Cancellation();
            java.util.concurrent.CompletableFuture<Path> run = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return bundle.write(zip, null, cancel);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(reached.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("the check reached the server").isTrue();
            cancel.cancel();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(zip).doesNotExist();
            assertThat(zip.getParent().toFile().list() == null ? new String[0] : zip.getParent().toFile().list())
                    .as("no partial or temporary file").isEmpty();
            for (java.net.Socket s : held) {
                s.close();
            }
        }
    }
}
