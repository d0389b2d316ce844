package dev.licensemanager.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorConfigLoaderTest {
    @TempDir
    Path dir;

    private VendorConfig load(Map<String, String> env) throws ConfigException {
        return new VendorConfigLoader(env, new AppDirs(dir.resolve("home")), dir.resolve("app")).load();
    }

    private Path write(Path file, String json) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, json);
    }

    @Test
    void nothingConfiguredIsDemo() throws Exception {
        VendorConfig c = load(Map.of());
        assertThat(c.demo()).isTrue();
        assertThat(c.credentialKinds()).containsExactlyInAnyOrder("license_key", "user", "sso");
    }

    @Test
    void precedenceIsEnvironmentOverUserOverVendor() throws Exception {
        write(dir.resolve("app/vendor-config.json"), """
                // comments are allowed
                {"product": {"code": "vendor-p", "name": "Vendor Product"},
                 "api": {"base_url": "https://api.licensespring.com", "api_key": "k", "shared_key": "s"},
                 "branding": {"display_name": "Acme Tools"}}
                """);
        write(dir.resolve("home/vendor-config.json"), "{\"product\": {\"code\": \"user-p\"}}");
        VendorConfig c = load(Map.of("LM_API_URL", "http://127.0.0.1:9"));
        assertThat(c.demo()).isFalse();
        assertThat(c.product().code()).isEqualTo("user-p");
        assertThat(c.product().name()).isEqualTo("Vendor Product");
        assertThat(c.api().baseUrl()).isEqualTo("http://127.0.0.1:9");
        assertThat(c.api().sharedKey().toString()).doesNotContain("s\"").isEqualTo("********");
        assertThat(c.displayName()).isEqualTo("Acme Tools");
        assertThat(c.sources()).hasSize(3);
    }

    @Test
    void problemsNameTheFileAndField() throws Exception {
        Path f = write(dir.resolve("app/vendor-config.json"), "{\"api\": {\"base_url\": \"http://licenses.example.com\"}}");
        assertThatThrownBy(() -> load(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("api.base_url");
        write(f, "{\"api\": {\"api_key\": \"k\"}}");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("api.shared_key");
        write(f, "{\"branding\": {\"accent_colour\": \"#fff\"}}");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("branding.accent_colour").hasMessageContaining("unknown field");
        write(f, "{\"sso\": {\"grant\": \"password\"}}");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("sso.grant");
        write(f, "{\"product\": {\"code\": 12}}");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("product.code").hasMessageContaining("string");
        write(f, "{\"product\": ");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("not valid JSON");
        write(f, "{\"credential_kinds\": [\"fingerprint\"]}");
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining("credential_kinds");
    }

    @Test
    void packageTimeValidationRequiresACompleteConfiguration() throws Exception {
        Path f = write(dir.resolve("v.json"), "{\"product\": {\"code\": \"p\"}, \"api\": {\"base_url\": \"https://x.example\"}}");
        assertThatThrownBy(() -> VendorConfigLoader.validateFile(f)).hasMessageContaining("api.api_key");
        write(f, "{\"product\": {\"code\": \"p\"}, \"api\": {\"base_url\": \"https://x.example\", "
                + "\"oauth_client_id\": \"c\", \"oauth_client_secret\": \"s\"}}");
        assertThat(VendorConfigLoader.validateFile(f).api().hasOAuth()).isTrue();
    }

    @Test
    void aFolderOrAnUnreadableFileIsSaidForWhatItIs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("configs"));
        assertThatThrownBy(() -> load(Map.of("LM_VENDOR_CONFIG", folder.toString()))).isInstanceOf(ConfigException.class)
                .hasMessage(folder + ": this is a folder, not a file; LM_VENDOR_CONFIG must name the configuration file "
                        + "itself (a JSON file like vendor-config.json)");
        Path inside = write(folder.resolve("vendor-config.json"), "{\"product\": {\"code\": \"p\"}}");
        assertThatThrownBy(() -> load(Map.of("LM_VENDOR_CONFIG", folder.toString())))
                .hasMessageEndingWith("(this folder holds " + inside + ")");
        assertThatThrownBy(() -> load(Map.of("LM_VENDOR_CONFIG", dir.resolve("nope.json").toString())))
                .hasMessage(dir.resolve("nope.json") + ": file not found (LM_VENDOR_CONFIG)");

        // The user-level file in the way as a folder is said, not silently skipped (the user's settings would be lost).
        Files.createDirectories(dir.resolve("home/vendor-config.json"));
        assertThatThrownBy(() -> load(Map.of())).hasMessageContaining(dir.resolve("home/vendor-config.json")
                + ": this is a folder, not a file; the user-level configuration must be a JSON file");
        Files.delete(dir.resolve("home/vendor-config.json"));

        // Package time (-Dvendor.config) says the same.
        assertThatThrownBy(() -> VendorConfigTool.main(new String[] {"--config=" + folder}))
                .hasMessageContaining("this is a folder, not a file; -Dvendor.config must name the configuration file");

        Path locked = write(dir.resolve("locked.json"), "{}");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        // root reads any file whatever its mode: the unreadable case can only be shown as another user.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root");
        assertThatThrownBy(() -> load(Map.of("LM_VENDOR_CONFIG", locked.toString())))
                .hasMessage(locked + ": cannot be read: permission denied; the user running License Manager needs read "
                        + "access to it (LM_VENDOR_CONFIG)");
    }
}
