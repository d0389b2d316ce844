package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Windows readers' helpers keep values in the form WMI gives them. Fixtures are Wine 8.0's answers, taken with
 * {@code wine64 wmic path <class> get <properties>} and {@code wine64 reg query} (see docs/hardware-id.md).
 */
class WindowsReaderFormsTest {
    // wine64 wmic path Win32_LogicalDiskToPartition get Antecedent,Dependent  (Wine writes "DeviceId")
    private static final List<List<String>> WINE_LINKS = List.of(
            List.of("\\\\VM\\ROOT\\CIMV2:Win32_DiskPartition.DeviceId=\"Disk #0, Partition #0\"",
                    "\\\\VM\\ROOT\\CIMV2:Win32_LogicalDisk.DeviceId=\"C:\""),
            List.of("\\\\VM\\ROOT\\CIMV2:Win32_DiskPartition.DeviceId=\"Disk #1, Partition #0\"",
                    "\\\\VM\\ROOT\\CIMV2:Win32_LogicalDisk.DeviceId=\"Z:\""));
    // The same association as Windows writes it ("DeviceID").
    private static final List<List<String>> WINDOWS_LINKS = List.of(
            List.of("\\\\PC\\root\\cimv2:Win32_DiskPartition.DeviceID=\"Disk #2, Partition #1\"",
                    "\\\\PC\\root\\cimv2:Win32_LogicalDisk.DeviceID=\"C:\""));

    @Test
    void systemDiskIndexFollowsWinesAndWindowsSpelling() {
        assertThat(JnaWindowsFacts.systemDiskIndex("C:", WINE_LINKS)).contains("0");
        assertThat(JnaWindowsFacts.systemDiskIndex("Z:", WINE_LINKS)).contains("1");
        assertThat(JnaWindowsFacts.systemDiskIndex("D:", WINE_LINKS)).isEmpty();
        assertThat(JnaWindowsFacts.systemDiskIndex("C:", WINDOWS_LINKS)).contains("2");
        assertThat(JnaWindowsFacts.systemDiskIndex("c:", WINDOWS_LINKS)).contains("2");
        assertThat(JnaWindowsFacts.systemDiskIndex("C:", List.of(java.util.Arrays.asList(null, null)))).isEmpty();
    }

    @Test
    void wmiValuesKeepPaddingCaseAndNoneAndNullStaysNull() {
        // wine64 wmic path Win32_BaseBoard get Manufacturer,SerialNumber: "Intel Corporation", "None"
        assertThat(JnaWindowsFacts.wmiString("None")).isEqualTo("None");
        assertThat(JnaWindowsFacts.wmiString("  ASUSTeK  COMPUTER INC.  ")).isEqualTo("  ASUSTeK  COMPUTER INC.  ");
        assertThat(JnaWindowsFacts.wmiString("")).isEmpty();
        assertThat(JnaWindowsFacts.wmiString(null)).isNull();
        assertThat(JnaWindowsFacts.wmiString(0)).isEqualTo("0");
    }

    @Test
    void oshiUuidIsTakenVerbatimUnlessBlankOrUnknown() {
        // wine64 wmic path Win32_ComputerSystemProduct get UUID: upper case with hyphens
        assertThat(OshiHardwareUuid.accept("3D1219C7-C4C5-404A-AA1F-6D2A48ADFDA4"))
                .contains("3D1219C7-C4C5-404A-AA1F-6D2A48ADFDA4");
        assertThat(OshiHardwareUuid.accept("3d1219c7-c4c5-404a-aa1f-6d2a48adfda4"))
                .contains("3d1219c7-c4c5-404a-aa1f-6d2a48adfda4");
        assertThat(OshiHardwareUuid.accept("unknown")).isEmpty();
        assertThat(OshiHardwareUuid.accept(" ")).isEmpty();
        assertThat(OshiHardwareUuid.accept(null)).isEmpty();
    }

    @Test
    void ansiCodePageComesFromTheJvmsNativeEncodingName() {
        // On Windows the JVM names GetACP's code page: Cp1252, MS932, ... ; 65001 is UTF-8.
        assertThat(JnaWindowsFacts.charsetOf("Cp1252")).isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(JnaWindowsFacts.charsetOf("MS932")).isEqualTo(java.nio.charset.Charset.forName("windows-31j"));
        assertThat(JnaWindowsFacts.charsetOf("UTF-8")).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JnaWindowsFacts.charsetOf("no-such-code-page")).isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(JnaWindowsFacts.charsetOf(null)).isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
    }
}
