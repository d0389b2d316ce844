package dev.licensemanager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link VendorConfigLoader#locateAppDir()} finds the app folder of each jpackage image layout. */
class VendorConfigAppDirTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty("jpackage.app-path");
    }

    private Path locate(String launcher) throws Exception {
        Path l = tmp.resolve(launcher);
        Files.createDirectories(l.getParent());
        Files.writeString(l, "");
        System.setProperty("jpackage.app-path", l.toString());
        return VendorConfigLoader.locateAppDir();
    }

    @Test
    void linuxImage() throws Exception {
        Files.createDirectories(tmp.resolve("license-manager/lib/app"));
        assertThat(locate("license-manager/bin/license-manager")).isEqualTo(tmp.resolve("license-manager/lib/app"));
    }

    @Test
    void windowsImage() throws Exception {
        Files.createDirectories(tmp.resolve("License Manager/app"));
        assertThat(locate("License Manager/License Manager.exe")).isEqualTo(tmp.resolve("License Manager/app"));
    }

    @Test
    void macImage() throws Exception {
        Files.createDirectories(tmp.resolve("License Manager.app/Contents/app"));
        assertThat(locate("License Manager.app/Contents/MacOS/license-manager"))
                .isEqualTo(tmp.resolve("License Manager.app/Contents/app"));
    }
}
