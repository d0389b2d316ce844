package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HardwareIdSettingsTest {

    @Test
    void blankConfigIsDefaultWithoutCloud() {
        HardwareIdSettings s = HardwareIdSettings.fromConfig(null, " ", "");
        assertThat(s.algorithm()).isEqualTo(HardwareIdAlgorithm.DEFAULT);
        assertThat(s.allowCloud()).isFalse();
        assertThat(s.customCommand()).isEmpty();
        assertThat(s.customFile()).isNull();
    }

    @Test
    void namedAlgorithmAndCloudMeansAllowed() {
        assertThat(HardwareIdSettings.fromConfig("WindowsCryptographyId", null, null).algorithm())
                .isEqualTo(HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY);
        HardwareIdSettings cloud = HardwareIdSettings.fromConfig("5", null, null);
        assertThat(cloud.algorithm()).isEqualTo(HardwareIdAlgorithm.CLOUD_PLATFORMS);
        assertThat(cloud.allowCloud()).isTrue();
    }

    @Test
    void commandOrFileWithoutAlgorithmMeansManual() {
        HardwareIdSettings s = HardwareIdSettings.fromConfig(null, "/opt/vendor/bin/hwid --plain", null);
        assertThat(s.algorithm()).isEqualTo(HardwareIdAlgorithm.MANUAL);
        assertThat(s.customCommand()).containsExactly("/opt/vendor/bin/hwid", "--plain");
        HardwareIdSettings f = HardwareIdSettings.fromConfig("", null, " /etc/vendor/hwid ");
        assertThat(f.algorithm()).isEqualTo(HardwareIdAlgorithm.MANUAL);
        assertThat(f.customFile()).isEqualTo(Path.of("/etc/vendor/hwid"));
    }

    @Test
    void unknownAlgorithmIsAPlainError() {
        assertThatThrownBy(() -> HardwareIdSettings.fromConfig("AUTO_HARDWARE_ID", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hardware_id.algorithm 'AUTO_HARDWARE_ID' is unknown");
    }

    @Test
    void splitCommandHonoursQuotesAndKeepsBackslashes() {
        assertThat(HardwareIdSettings.splitCommand("  \"C:\\Program Files\\Vendor\\hwid.exe\" /q  'two words' x\"y z\""))
                .containsExactly("C:\\Program Files\\Vendor\\hwid.exe", "/q", "two words", "xy z");
        assertThat(HardwareIdSettings.splitCommand("a \"\" b")).containsExactly("a", "", "b");
        assertThat(HardwareIdSettings.splitCommand("   ")).isEmpty();
        assertThatThrownBy(() -> HardwareIdSettings.splitCommand("a \"b")).hasMessageContaining("unclosed");
    }
}
