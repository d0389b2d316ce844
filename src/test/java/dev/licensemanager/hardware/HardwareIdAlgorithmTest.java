package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HardwareIdAlgorithmTest {

    @ParameterizedTest
    @CsvSource({
            "0, DEFAULT", "default, DEFAULT", "Default, DEFAULT",
            "1, WINDOWS_HARDWARE_FINGERPRINT", "windows-hardware-fingerprint, WINDOWS_HARDWARE_FINGERPRINT",
            "WindowsHardwareFingerprintId, WINDOWS_HARDWARE_FINGERPRINT",
            "2, WINDOWS_COMPUTER_SYSTEM_PRODUCT", "WindowsComputerSystemProductId, WINDOWS_COMPUTER_SYSTEM_PRODUCT",
            "3, WINDOWS_CRYPTOGRAPHY", "WindowsCryptographyId, WINDOWS_CRYPTOGRAPHY", "windows_cryptography, WINDOWS_CRYPTOGRAPHY",
            "4, LINUX_MACHINE_ID", "linux-machine-id, LINUX_MACHINE_ID", "LINUX_MACHINE_ID, LINUX_MACHINE_ID",
            "LinuxMachineId, LINUX_MACHINE_ID", "' 4 ', LINUX_MACHINE_ID",
            "5, CLOUD_PLATFORMS", "CloudPlatformsId, CLOUD_PLATFORMS", "cloud-platforms, CLOUD_PLATFORMS",
            "manual, MANUAL", "custom, MANUAL", "Manual, MANUAL"})
    void parsesNumbersAndNames(String text, HardwareIdAlgorithm expected) {
        assertThat(HardwareIdAlgorithm.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "6", "-1", "07", "4a", "1-", "linux", "machine-id", "AUTO_HARDWARE_ID"})
    void rejectsUnknown(String text) {
        assertThat(HardwareIdAlgorithm.parse(text)).isEmpty();
    }

    @Test
    void nullIsEmptyAndCodesMatchTheGeneratorEnum() {
        assertThat(HardwareIdAlgorithm.parse(null)).isEmpty();
        assertThat(HardwareIdAlgorithm.values()).extracting(HardwareIdAlgorithm::code)
                .containsExactly(0, 1, 2, 3, 4, 5, -1);
        assertThat(HardwareIdAlgorithm.LINUX_MACHINE_ID.cliName()).isEqualTo("linux-machine-id");
    }
}
