package dev.licensemanager.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.AppDirs;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.config.VendorConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vendor's logo path is relative to the configuration file, not to the working directory. */
class ProductInfoBrandingTest {
    @TempDir
    Path dir;

    @Test
    void relativeLogoResolvesAgainstTheConfigurationFile() throws Exception {
        Path vendor = dir.resolve("vendor");
        Files.createDirectories(vendor.resolve("img"));
        Files.write(vendor.resolve("img/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path file = Files.writeString(vendor.resolve("vendor-config.json"),
                "{\"product\": {\"code\": \"acme\"}, \"branding\": {\"logo\": \"img/logo.png\"}}");
        VendorConfig cfg = new VendorConfigLoader(Map.of("LM_VENDOR_CONFIG", file.toString()),
                new AppDirs(dir.resolve("home")), null).load();
        ProductInfo info = ProductInfo.of(cfg, "1.0", null, null);
        assertThat(info.logo()).isEqualTo(vendor.resolve("img/logo.png").toAbsolutePath().normalize().toString());
    }
}
