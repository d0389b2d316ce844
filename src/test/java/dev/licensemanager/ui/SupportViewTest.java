package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.config.Prefill;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.doctor.DoctorReport;
import dev.licensemanager.service.doctor.DoctorReportFormat;
import dev.licensemanager.service.doctor.DoctorText;
import dev.licensemanager.service.offline.OfflineDeactivation;
import dev.licensemanager.service.offline.OfflineRequestBuilder;
import dev.licensemanager.service.support.BundleSources;
import dev.licensemanager.service.support.Redactor;
import dev.licensemanager.service.support.SupportBundle;
import dev.licensemanager.ui.main.SupportTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window's support actions against the real sandbox: offline fallback, support bundle, summary, prefill. */
class SupportViewTest {
    private static final String PASSWORD = "typed-Secret-pw-4711";
    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();
    @TempDir
    Path dir;

    /** The sandbox's keys, but an API address where nothing listens: every call is a network failure. */
    private ClientSettings unreachable() {
        return ClientSettings.defaults("http://127.0.0.1:9", new ApiAuth.ApiKey(w.server.apiKey(),
                        Secret.of(w.server.sharedKey())), ResponseSignatureVerifier.parsePem(w.server.publicKeyPem()))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4))
                .withMaxAttempts(1);
    }

    private WindowDependencies deps(String product, Set<String> kinds, ClientSettings settings) {
        WindowDependencies d = w.deps(product, kinds, "code", url -> { }, settings, Map.of());
        OfflineDeactivation offline = new OfflineDeactivation(new OfflineRequestBuilder(settings.auth(),
                Clock.systemUTC(), UUID::randomUUID, "license-manager", "0.1.0-test"), null, null);
        SupportBundle bundle = new SupportBundle(new BundleSources(d.config(), null, false, null,
                new Redactor(List.of(w.server.sharedKey()))), () -> SandboxWindow.MACHINE,
                () -> new DoctorReport(w.server.baseUrl(), Instant.now(), 0, List.of()), null,
                new DoctorReportFormat(new DoctorText(Locale.ENGLISH)));
        return d.withSupport(SupportTools.of(offline, bundle, Locale.ENGLISH));
    }

    private JsonNode decode(Path file) throws Exception {
        String content = Files.readString(file, StandardCharsets.US_ASCII);
        assertThat(content).doesNotContain("\n");
        return new ObjectMapper().readTree(Base64.getDecoder().decode(content));
    }

    private void fire(String itemId) {
        MenuButton more = w.robot.lookup("#moreMenu").queryAs(MenuButton.class);
        MenuItem item = more.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        w.robot.interact(item::fire);
    }

    @Test
    void networkFailureOffersTheOfflineRequestAndWritesIt() throws Exception {
        Path target = dir.resolve("request.req");
        Map<String, String> asked = new HashMap<>();
        w.show(deps("demo-key", VendorConfig.ALL_KINDS, unreachable()), (title, name) -> {
            asked.put(title, name);
            return target;
        });
        w.robot.clickOn("#keyField").write("DEMO-KEY-1111-2222");
        w.robot.clickOn("#deactivateButton");
        w.waitFor("#offerOffline");
        assertThat(w.label("#outcomeCode")).startsWith("Code: network");
        w.robot.clickOn("#offerOffline");
        w.waitFor("#reportText");
        String said = w.robot.lookup("#reportText").queryAs(TextArea.class).getText();
        assertThat(said).contains("https://offline.licensespring.com", target.toAbsolutePath().toString());
        assertThat(asked).containsValue(OfflineDeactivation.DEFAULT_FILE_NAME);
        w.click("#reportClose");
        JsonNode request = decode(target).get("request");
        assertThat(request.get("request").asText()).isEqualTo("deactivation");
        assertThat(request.get("product").asText()).isEqualTo("demo-key");
        assertThat(request.get("hardware_id").asText()).isEqualTo(SandboxWindow.HW);
        assertThat(request.get("license_key").asText()).isEqualTo("DEMO-KEY-1111-2222");
        assertThat(request.get("schema_version").asInt()).isEqualTo(2);
        // What was typed is kept for a retry.
        assertThat(w.robot.lookup("#keyField").queryAs(TextField.class).getText()).isEqualTo("DEMO-KEY-1111-2222");
    }

    @Test
    void offlineRequestFromTheMoreMenuWritesTheUsernameButNeverThePassword() throws Exception {
        Path target = dir.resolve("user.req");
        w.show(deps("demo-user", Set.of("user"), w.settings()), (title, name) -> target);
        w.robot.clickOn("#usernameField").write("alice@example.com");
        w.robot.clickOn("#passwordField").write(PASSWORD);
        fire("offlineItem");
        w.waitFor("#reportText");
        w.click("#reportClose");
        String raw = new String(Base64.getDecoder().decode(Files.readString(target)), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain(PASSWORD);
        JsonNode request = decode(target).get("request");
        assertThat(request.get("username").asText()).isEqualTo("alice@example.com");
        assertThat(request.get("product").asText()).isEqualTo("demo-user");
        assertThat(request.get("hardware_id").asText()).isEqualTo(SandboxWindow.HW);
        assertThat(w.server.activeHardwareIds(2001)).contains(SandboxWindow.HW);
    }

    @Test
    void supportBundleAndSummaryCarryTheProductButNoTypedPassword() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        w.show(deps("demo-user", Set.of("user"), w.settings()), (title, name) -> zip);
        w.robot.clickOn("#usernameField").write("alice@example.com");
        w.robot.clickOn("#passwordField").write(PASSWORD);
        fire("bundleItem");
        SandboxWindow.waitFor(30, () -> w.label("#supportStatus").startsWith("Support bundle saved"));
        assertThat(zip).exists();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("summary.txt")).isNotNull();
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                String text = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(e.getName()).doesNotContain(PASSWORD);
            }
            assertThat(new String(z.getInputStream(z.getEntry("summary.txt")).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("demo-user");
        }
        fire("summaryItem");
        SandboxWindow.waitFor(10, () -> w.label("#supportStatus").startsWith("Summary copied"));
        String copied = WaitForAsyncUtils.asyncFx(() ->
                javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Product: demo-user").doesNotContain(PASSWORD);
    }

    @Test
    void prefilledKeyIsShownInTheKeyField() throws Exception {
        w.show(deps("demo-key", VendorConfig.ALL_KINDS, w.settings())
                .withPrefill(Prefill.fromArgs(new String[] {"--product", "demo-key", "--license-key", "DEMO-KEY-1111-2222"})));
        assertThat(w.robot.lookup("#keyField").queryAs(TextField.class).getText()).isEqualTo("DEMO-KEY-1111-2222");
        assertThat(w.robot.lookup("#deactivateButton").queryButton().isDisabled()).isFalse();
    }
}
