package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Test vectors observed on 2026-12-03 with LicenseSpring's official libhardware_id_generator.so v1.0.0
 * (linux/x86_64/glibc, from npm @licensespring/node-sdk@1.4.17) by conformance/linux-hardware-id/run.sh: the exact
 * contents of the files it reads, and the ID it returned (the same for algorithms 0-4), or null for none.
 * {@code ABSENT} means the file did not exist; the fallback is /var/tmp/.LicenseSpring/machine-id, or, with
 * {@code PLAIN:}, /var/tmp/.LicenseSpring as a plain file.
 */
class LinuxGeneratorVectorsTest {
    private static final String ABSENT = null;
    private static final String DBUS = "fedcba9876543210fedcba9876543210\n";
    private static final String DBUS_ID = "4ba68aa8767bde72e8c798ee82d1275291cea73e72ad74d35ecf48e41386eb82";

    record Vector(String name, String etc, String dbus, String fallback, String id) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Vector> VECTORS = List.of(
            new Vector("01 this machine", "3d1219c7c4c5404aaa1f6d2a48adfda4\n", DBUS, ABSENT,
                    "0035969ec53f6e7f0fb40f08cc9ed4783aa99c2000cf1ebe4187c10dd0d8370f"),
            new Vector("02 blanks and upper case kept", "  0123456789ABCDEF0123456789ABCDEF \t\n\n", ABSENT, ABSENT,
                    "8de1927f3b0c4988a138d77111b4d305875bf495ef66502ee8660268c6387ba1"),
            new Vector("03 empty /etc/machine-id", "", DBUS, ABSENT, DBUS_ID),
            new Vector("04 dbus only", ABSENT, DBUS, ABSENT, DBUS_ID),
            new Vector("05 the generator's own fallback", ABSENT, ABSENT, "19344B58-2CBB-C7D1-2C8B-56FBB70DE12E",
                    "07e8a74222ff562f321b1da282e2006cab4184c05ac639cae16292190f6d3213"),
            new Vector("06 a fallback this project created", ABSENT, ABSENT, "B4BB2CEC-6D9E-4454-A14A-A5E71C4F2B34",
                    "4d83a05198c364ff869543aacf3790acae143d426ee3ff0c579189542085a45d"),
            new Vector("07 fallback as a plain file", ABSENT, ABSENT, "PLAIN:8a1f0c2e-3b4d-4e5f-9a6b-7c8d9e0f1a2b\n",
                    null),
            new Vector("09 fallback reused, first line", ABSENT, ABSENT, "8a1f0c2e-3b4d-4e5f-9a6b-7c8d9e0f1a2b\n",
                    "948d4f4edb7bf7bdbe6012030863281a1a1a9dd3be1af8dab54f4900688acf9e"),
            new Vector("10 CR kept, second line ignored", "0123456789abcdef0123456789abcdef\r\nsecond line\n", ABSENT,
                    ABSENT, "a82c16df291f6bdb1dbb9dc0cd2171462dbbf2bdeef8f4a4b3d89ad98bb46eaf"),
            new Vector("11 empty first line skips the file", "\n0123456789abcdef0123456789abcdef\n", DBUS, ABSENT,
                    DBUS_ID),
            new Vector("12 a blank is an ID", " \n", DBUS, ABSENT,
                    "36a9e7f1c95b82ffb99743e0c5c4ce95d83c9a430aac59f84ef3cbfab6145068"),
            new Vector("13 empty fallback file", ABSENT, ABSENT, "", null));

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.licensemanager.hardware.LinuxGeneratorVectorsTest#vectors")
    void projectGivesTheOfficialGeneratorsId(Vector v) throws IOException {
        LinuxPaths paths = LinuxPaths.under(root);
        write(paths.machineId(), v.etc());
        write(paths.dbusMachineId(), v.dbus());
        Files.createDirectories(paths.fallback().getParent());
        if (v.fallback() != null && v.fallback().startsWith("PLAIN:")) {
            write(paths.fallback(), v.fallback().substring("PLAIN:".length()));
        } else if (v.fallback() != null) {
            write(paths.fallbackFile(), v.fallback());
        }
        for (HardwareIdAlgorithm alg : List.of(HardwareIdAlgorithm.DEFAULT, HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT,
                HardwareIdAlgorithm.WINDOWS_COMPUTER_SYSTEM_PRODUCT, HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY,
                HardwareIdAlgorithm.LINUX_MACHINE_ID)) {
            HardwareIdResult r = new LinuxHardwareId(alg, paths, new NioFactFiles(), UUID::randomUUID).compute();
            if (v.id() == null) {
                assertThat(r).isInstanceOf(HardwareIdResult.Failed.class);
            } else {
                assertThat(r.hardwareId()).as("algorithm %s", alg).contains(v.id());
            }
        }
    }

    static List<Vector> vectors() {
        return VECTORS;
    }

    private static void write(Path file, String content) throws IOException {
        if (content != null) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        }
    }
}
