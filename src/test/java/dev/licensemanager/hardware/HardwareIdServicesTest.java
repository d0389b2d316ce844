package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareIdServicesTest {

    @Test
    void osFamilyFromOsName() {
        assertThat(HardwareIdServices.osFamily("Linux")).isEqualTo(HardwareIdServices.OsFamily.LINUX);
        assertThat(HardwareIdServices.osFamily("Windows 11")).isEqualTo(HardwareIdServices.OsFamily.WINDOWS);
        assertThat(HardwareIdServices.osFamily("Windows Server 2022")).isEqualTo(HardwareIdServices.OsFamily.WINDOWS);
        assertThat(HardwareIdServices.osFamily("Mac OS X")).isEqualTo(HardwareIdServices.OsFamily.MAC);
        assertThat(HardwareIdServices.osFamily("FreeBSD")).isEqualTo(HardwareIdServices.OsFamily.OTHER);
        assertThat(HardwareIdServices.osFamily(null)).isEqualTo(HardwareIdServices.OsFamily.OTHER);
    }

    @Test
    void unsupportedOsIsNamed() {
        HardwareIdResult r = HardwareIdServices.create(HardwareIdSettings.defaults(),
                HardwareIdEnvironment.system().withOsName("FreeBSD")).compute();
        assertThat(((HardwareIdResult.Failed) r).reasonCode()).isEqualTo(HardwareIdFailures.UNSUPPORTED_OS);
    }

    @Test
    void createdServiceIsCachedAndReadsOnlyOnce(@TempDir Path root) throws IOException {
        LinuxPaths paths = LinuxPaths.under(root);
        Files.createDirectories(paths.machineId().getParent());
        Files.writeString(paths.machineId(), "0123456789abcdef0123456789abcdef\n");
        HardwareIdService s = HardwareIdServices.create(HardwareIdSettings.of(HardwareIdAlgorithm.LINUX_MACHINE_ID),
                HardwareIdEnvironment.system().withOsName("Linux").withLinux(paths, new NioFactFiles()));
        HardwareIdResult first = s.compute();
        Files.writeString(paths.machineId(), "fedcba9876543210fedcba9876543210\n");
        assertThat(s.compute()).isSameAs(first);
        assertThat(first.hardwareId()).contains(LinuxHardwareIdTest.ETC_HASH);
    }

    @Test
    void windowsFactsAreNotTouchedOnLinux(@TempDir Path root) throws IOException {
        LinuxPaths paths = LinuxPaths.under(root);
        Files.createDirectories(paths.machineId().getParent());
        Files.writeString(paths.machineId(), "0123456789abcdef0123456789abcdef");
        HardwareIdEnvironment env = new HardwareIdEnvironment("Linux", java.util.Map.of(), new NioFactFiles(), paths,
                () -> {
                    throw new AssertionError("no Windows facts on Linux");
                }, () -> {
                    throw new AssertionError("no Mac facts on Linux");
                }, null, null, null, java.util.UUID::randomUUID);
        assertThat(HardwareIdServices.create(HardwareIdSettings.defaults(), env).compute().hardwareId())
                .contains(LinuxHardwareIdTest.ETC_HASH);
    }

    @Test
    void settingsDefaultsAndWithers() {
        HardwareIdSettings d = HardwareIdSettings.defaults();
        assertThat(d.algorithm()).isEqualTo(HardwareIdAlgorithm.DEFAULT);
        assertThat(d.allowCloud()).isFalse();
        assertThat(d.customCommand()).isEmpty();
        assertThat(d.commandTimeout()).isEqualTo(HardwareIdSettings.DEFAULT_COMMAND_TIMEOUT);
        assertThat(d.withAllowCloud(true).withAlgorithm(HardwareIdAlgorithm.CLOUD_PLATFORMS))
                .extracting(HardwareIdSettings::allowCloud, HardwareIdSettings::algorithm)
                .containsExactly(true, HardwareIdAlgorithm.CLOUD_PLATFORMS);
        assertThatThrownBy(() -> new HardwareIdSettings(null, null, List.of(), null, false, null))
                .isInstanceOf(NullPointerException.class);
    }
}
