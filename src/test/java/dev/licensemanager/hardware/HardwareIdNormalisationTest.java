package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per choice in {@link Normalisation}. Every expected hash below was computed outside the code under test,
 * in a shell, with the command shown next to it.
 */
class HardwareIdNormalisationTest {

    @Test
    void sha256IsLowercaseHexOfUtf8() {
        // printf %s 0123456789abcdef0123456789abcdef | sha256sum
        assertThat(Normalisation.sha256Hex("0123456789abcdef0123456789abcdef"))
                .isEqualTo("3eb1bd439947eb762998e566ccc2e099c791118b2f40579cc4f7da2b5061b7f9");
        // printf %s '' | sha256sum
        assertThat(Normalisation.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void machineIdIsTheFirstLineVerbatim() {
        assertThat(Normalisation.machineId(" \t0123456789abcdef0123456789abcdef\r\n\n"))
                .isEqualTo(" \t0123456789abcdef0123456789abcdef\r");
        assertThat(Normalisation.machineId("ABC\n")).isEqualTo("ABC");
        assertThat(Normalisation.machineId("ABC")).isEqualTo("ABC");
        assertThat(Normalisation.machineId("\nABC\n")).isEmpty();
    }

    @Test
    void windowsUuidIsKeptExactlyAsWmiReturnsIt() {
        String n = Normalisation.windowsUuid("4C4C4544-0042-3510-8056-B4C04F4E3733");
        assertThat(n).isEqualTo("4C4C4544-0042-3510-8056-B4C04F4E3733");
        // printf %s 4C4C4544-0042-3510-8056-B4C04F4E3733 | sha256sum
        assertThat(Normalisation.sha256Hex(n)).isEqualTo("7402a7c1571883f60ef0b93d93fae14d87884da771981ba0ead44b6efd7ef57d");
        // The lower-case form would give a different ID (printf %s 4c4c4544-0042-3510-8056-b4c04f4e3733 | sha256sum):
        // fe5c105fd29a372b47bd5487465d69ed2101da192e8e46d7fa4ce832c7c9341f; we do not lower-case.
        assertThat(Normalisation.sha256Hex(n)).isNotEqualTo("fe5c105fd29a372b47bd5487465d69ed2101da192e8e46d7fa4ce832c7c9341f");
        assertThat(Normalisation.windowsUuid(" 4C4C4544-0042-3510-8056-B4C04F4E3733 "))
                .isEqualTo(" 4C4C4544-0042-3510-8056-B4C04F4E3733 ");
    }

    @Test
    void machineGuidIsKeptExactlyAsStoredBlanksAndCaseIncluded() {
        // Under Wine the official generator hashed " ABCDEF01-2345-6789-ABCD-EF0123456789 " with its blanks
        // (WindowsGeneratorVectorsTest, fact set 03).
        assertThat(Normalisation.machineGuid(" 5b5bd1a2-2f3e-4d1c-9a8b-7c6d5e4f3a2b"))
                .isEqualTo(" 5b5bd1a2-2f3e-4d1c-9a8b-7c6d5e4f3a2b");
        // printf %s ' 5b5bd1a2-2f3e-4d1c-9a8b-7c6d5e4f3a2b' | sha256sum
        assertThat(Normalisation.sha256Hex(Normalisation.machineGuid(" 5b5bd1a2-2f3e-4d1c-9a8b-7c6d5e4f3a2b")))
                .isEqualTo("24503a30a12f93b05451200d718d1f188a98befa0574736f214b4b47dcc1c1cb");
    }

    @Test
    void nonAsciiValuesAreHashedInTheAnsiCodePage() {
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        // printf 'Ger\xe4t' | sha256sum   (windows-1252 bytes)
        assertThat(Normalisation.sha256Hex("Ger\u00e4t", cp1252))
                .isEqualTo("bf0abec51821eba686a395be40b859ac8345c03ff085a1478b4044988cf61827");
        // printf 'Ger\xc3\xa4t' | sha256sum   (UTF-8 bytes: a different ID)
        assertThat(Normalisation.sha256Hex("Ger\u00e4t"))
                .isEqualTo("b32db78620d9fa3b05211fb36ef8206082c2b62f81858073d8c552842fd4232e");
        // ASCII is the same in both.
        assertThat(Normalisation.sha256Hex("None", cp1252)).isEqualTo(Normalisation.sha256Hex("None"));
    }

    @Test
    void macUuidIsUpperCased() {
        String n = Normalisation.macPlatformUuid("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d\n");
        assertThat(n).isEqualTo("A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D");
        // printf %s A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D | sha256sum
        assertThat(Normalisation.sha256Hex(n)).isEqualTo("064ad5b2635d405300796c9d8daa70be60894effb27ba5934a35492af529521a");
    }

    @Test
    void cloudIdIsTrimmedAndUnquoted() {
        assertThat(Normalisation.cloudInstanceId("\"02aab8a4-74ef-476e-8182-f6d2ba4166a6\"\n"))
                .isEqualTo("02aab8a4-74ef-476e-8182-f6d2ba4166a6");
        assertThat(Normalisation.cloudInstanceId(" i-0123456789abcdef0 ")).isEqualTo("i-0123456789abcdef0");
    }

    @Test
    void fingerprintPartConcatenatesTheUsedFieldsVerbatimAfterTheLabel() {
        assertThat(Normalisation.fingerprintPart("DISK >> ",
                List.of("(Standard disk drives)", "Samsung SSD 860 EVO 500GB", "   S3Z1NB0K123456A"), Normalisation.DISK_USED))
                .contains("DISK >> Samsung SSD 860 EVO 500GB   S3Z1NB0K123456A");
        assertThat(Normalisation.fingerprintPart("BASE >> ",
                List.of("Base Board", "  ASUSTeK  COMPUTER INC.  ", "Base Board", "None"), Normalisation.BASE_USED))
                .contains("BASE >>   ASUSTeK  COMPUTER INC.  None");
        assertThat(Normalisation.fingerprintPart("CPU >> ",
                List.of("AMD EPYC", "AuthenticAMD", "178BFBFF00A00F11"), Normalisation.CPU_USED))
                .contains("CPU >> AMD EPYC178BFBFF00A00F11");
        // Blank values are values: the part is found.
        assertThat(Normalisation.fingerprintPart("BASE >> ", List.of("", " ", "", " "), Normalisation.BASE_USED))
                .contains("BASE >>   ");
    }

    @Test
    void fingerprintPartIsNotFoundWhenItsValueIsEmptyAndNullCountsAsEmpty() {
        assertThat(Normalisation.fingerprintPart("DISK >> ", List.of(), Normalisation.DISK_USED)).isEmpty();
        assertThat(Normalisation.fingerprintPart("BASE >> ", List.of("Base Board", "", "Base Board", ""),
                Normalisation.BASE_USED)).isEmpty();
        assertThat(Normalisation.fingerprintPart("DISK >> ", java.util.Arrays.asList("(Standard disk drives)", null, null),
                Normalisation.DISK_USED)).isEmpty();
        assertThat(Normalisation.fingerprintPart("DISK >> ", java.util.Arrays.asList("(Standard disk drives)",
                "Virtual Disk", null), Normalisation.DISK_USED)).contains("DISK >> Virtual Disk");
    }

    @Test
    void fingerprintJoinsBaseCpuDiskWithNewlineKeepsBareLabelsAndNeedsTwo() {
        Optional<String> base = Optional.of("BASE >> Dell Inc./7XYZ123/CN1296381234AB/");
        Optional<String> cpu = Optional.of("CPU >> Intel(R) Core(TM) i7-8650U CPU @ 1.90GHzBFEBFBFF000806EA");
        Optional<String> disk = Optional.of("DISK >> Samsung SSD 860 EVO 500GB   S3Z1NB0K123456A");
        // printf '%s\n%s\n%s' 'BASE >> ...' 'CPU >> ...' 'DISK >> ...' | sha256sum   (the three strings above)
        assertThat(Normalisation.fingerprint(base, cpu, disk).map(Normalisation::sha256Hex))
                .contains("4bf73a9e7c969fe018fa932b6f05f1ab8d14f68d6c846ec00d6c6d0827a4565f");
        // printf '%s\n%s\n%s' 'BASE >> ...' 'CPU >> ...' 'DISK >> ' | sha256sum : a missing part keeps its label
        assertThat(Normalisation.fingerprint(base, cpu, Optional.empty()))
                .contains(base.get() + "\n" + cpu.get() + "\nDISK >> ");
        assertThat(Normalisation.fingerprint(base, cpu, Optional.empty()).map(Normalisation::sha256Hex))
                .contains("22799961260d120e1eb20f42786578161e056a3fe6d293979f5c4654696e74bb");
        // printf '%s\n%s\n%s' 'BASE >> ' 'CPU >> ...' 'DISK >> ...' | sha256sum
        assertThat(Normalisation.fingerprint(Optional.empty(), cpu, disk).map(Normalisation::sha256Hex))
                .contains("a3a040374a30af2d6c9a8988aa50defa22facb0e2818acc03c6dc6713496bc87");
        assertThat(Normalisation.fingerprint(Optional.empty(), cpu, Optional.empty())).isEmpty();
    }

    @Test
    void manualIdIsTrimmedPrintableAndAtMost256() {
        assertThat(Normalisation.manualId("  MY-CUSTOM-ID-42 \n")).contains("MY-CUSTOM-ID-42");
        assertThat(Normalisation.manualId("x".repeat(256))).isPresent();
        assertThat(Normalisation.manualId("x".repeat(257))).isEmpty();
        assertThat(Normalisation.manualId("   ")).isEmpty();
        assertThat(Normalisation.manualId(null)).isEmpty();
        assertThat(Normalisation.manualId("ab\u0007cd")).isEmpty();
        assertThat(Normalisation.manualId("ab\u200Bcd")).isEmpty();
        assertThat(Normalisation.manualId("Gerät-Ω 1")).contains("Gerät-Ω 1");
    }
}
