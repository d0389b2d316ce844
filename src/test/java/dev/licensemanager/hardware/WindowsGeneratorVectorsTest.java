package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Test vectors observed on 2026-12-03 with LicenseSpring's official hardware_id_generator.dll v1.0.0 (windows/x64,
 * from npm @licensespring/node-sdk@1.4.17, sha256 ebf232717d7e4c48028753aa08766ae7c83ab2377ba257ebfd7e83fbca533c6c)
 * under Wine 8.0 by conformance/windows-hardware-id/run.sh. For each fact set: the raw facts Wine's WMI and registry
 * reported (hwid_facts.exe, in the generator's query order), the generator's IDs for algorithms 0-3 and the raw
 * algorithm-1 string the generator itself logged ("Hardware ID before hash"). Nothing here is computed by us.
 */
class WindowsGeneratorVectorsTest {
    private static final List<String> WINE_CPU = List.of("AMD EPYC", "AuthenticAMD", "178BFBFF00A00F11");
    private static final List<String> WINE_DISK = List.of("(Standard disk drives)", "Wine Disk Drive", "WINEHDISK");
    private static final String WINE_UUID = "3D1219C7-C4C5-404A-AA1F-6D2A48ADFDA4";
    private static final String WINE_GUID = "45a0f6de-a9de-4281-a025-1020b9b86538";
    private static final String WINE_UUID_ID = "db5cae5e40ffa6da181f4ff065ebd20c1ea4e1eba25187230b337248e3dce962";
    private static final String WINE_GUID_ID = "cc89a769a663963e21df4b381a58d88edba9446668ec11f07cf7fdb619ffce7c";

    /** One observation; {@code ids[i]} is the generator's answer to algorithm i, null when it returned no ID. */
    record Vector(String name, String uuid, List<String> cpu, List<String> base, List<String> disk, String guid,
                  boolean wmiDown, String raw1, String... ids) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Vector> VECTORS = List.of(
            new Vector("01 Wine defaults", WINE_UUID, WINE_CPU,
                    List.of("Base Board", "Intel Corporation", "Base Board", "None"), WINE_DISK, WINE_GUID, false,
                    "BASE >> Intel CorporationNone\nCPU >> AMD EPYC178BFBFF00A00F11\nDISK >> Wine Disk DriveWINEHDISK",
                    WINE_UUID_ID, "50eb6b4bf88999271d03830ce1104da5585819e5f1167972276540c2e2adab3a", WINE_UUID_ID,
                    WINE_GUID_ID),
            new Vector("02 other board, UUID, MachineGuid", "01234567-89AB-CDEF-0123-456789ABCDEF", WINE_CPU,
                    List.of("Base Board", "Acme Boards", "Base Board", "SN-123"), WINE_DISK,
                    "11111111-2222-3333-4444-555555555555", false,
                    "BASE >> Acme BoardsSN-123\nCPU >> AMD EPYC178BFBFF00A00F11\nDISK >> Wine Disk DriveWINEHDISK",
                    "7e07c7f349acfdc0fb282af3f288ff05e140bfe61d87a7a94f8e356ecdc512a1",
                    "1d6c6af2dd0c23502be7a566bb5851e7cc8aad0c004b556e85092248be72356e",
                    "7e07c7f349acfdc0fb282af3f288ff05e140bfe61d87a7a94f8e356ecdc512a1",
                    "666ff6ccaa5b3c07feaa3a95d3a4bd2c46ac9e9abdb09ca9133528d3dc1e8952"),
            new Vector("03 blanks kept, case kept", "FEDCBA98-7654-3210-FEDC-BA9876543210", WINE_CPU,
                    List.of("Base Board", "  ASUSTeK  COMPUTER INC.  ", "Base Board", " 190436123456789 "), WINE_DISK,
                    " ABCDEF01-2345-6789-ABCD-EF0123456789 ", false,
                    "BASE >>   ASUSTeK  COMPUTER INC.   190436123456789 \nCPU >> AMD EPYC178BFBFF00A00F11\n"
                            + "DISK >> Wine Disk DriveWINEHDISK",
                    "345773f37c340c4bb430ae2de26b9399ed00ce918d9d8d74321c542c46d5d12b",
                    "da4de61d4c2e3e074898f9531e4a15ab902e2b4d9e5e00e8dd49c94a8877a6ce",
                    "345773f37c340c4bb430ae2de26b9399ed00ce918d9d8d74321c542c46d5d12b",
                    "6516afc43bd8a2f17055b15ccb394644c0a080a83c320cf36b616e09eff1ddbc"),
            new Vector("04 no system disk", WINE_UUID, WINE_CPU,
                    List.of("Base Board", "Dell Inc.", "Base Board", "/7XYZ123/CN1296381234AB/"), List.of(), WINE_GUID,
                    false, "BASE >> Dell Inc./7XYZ123/CN1296381234AB/\nCPU >> AMD EPYC178BFBFF00A00F11\nDISK >> ",
                    WINE_UUID_ID, "41da3d644171d66cf37509302c6e771100d5956ceef1feb2332a17528afa9eaa", WINE_UUID_ID,
                    WINE_GUID_ID),
            new Vector("05 blank board, no system disk", WINE_UUID, WINE_CPU,
                    List.of("Base Board", " ", "Base Board", " "), List.of(), WINE_GUID, false,
                    "BASE >>   \nCPU >> AMD EPYC178BFBFF00A00F11\nDISK >> ",
                    WINE_UUID_ID, "0f37529e8fd2b3b7007f2e5083e73ac8b145eae5fe8a4ba0b6a4fe112b7e4740", WINE_UUID_ID,
                    WINE_GUID_ID),
            // Wine decodes SMBIOS bytes as windows-1252, so WMI holds the UTF-8 bytes of "Gerät Ünïcode GmbH" and
            // "№42-ß" as cp1252 characters; the generator hashes them in the ANSI code page (1252), i.e. those bytes.
            new Vector("07 non-ASCII board values", WINE_UUID, WINE_CPU,
                    List.of("Base Board", "Ger\u00c3\u00a4t \u00c3\u0153n\u00c3\u00afcode GmbH", "Base Board",
                            "\u00e2\u201e\u201342-\u00c3\u0178"), WINE_DISK, WINE_GUID, false,
                    "BASE >> Ger\u00e4t \u00dcn\u00efcode GmbH\u211642-\u00df\nCPU >> AMD EPYC178BFBFF00A00F11\n"
                            + "DISK >> Wine Disk DriveWINEHDISK",
                    WINE_UUID_ID, "57c3eb0dbddc58bf30c03b1a1f39fbe05ad9693f0cb90f13e1ff6fad2712cf83", WINE_UUID_ID,
                    WINE_GUID_ID),
            new Vector("06 WMI down", null, null, null, null, "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", true, null,
                    null, null, null, "1c671d2d53f6bc518e5dba421aa55e0f45a76d6f0bfabc909c6d45a9c9701ced"));

    static Stream<Arguments> vectorsAndAlgorithms() {
        return VECTORS.stream().flatMap(v -> Stream.of(HardwareIdAlgorithm.DEFAULT,
                HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT, HardwareIdAlgorithm.WINDOWS_COMPUTER_SYSTEM_PRODUCT,
                HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY).map(a -> Arguments.of(v, a)));
    }

    static Stream<Vector> algorithm1Vectors() {
        return VECTORS.stream().filter(v -> v.raw1() != null);
    }

    private static HardwareIdResult compute(Vector v, HardwareIdAlgorithm alg) {
        WindowsHardwareIdTest.FakeWindows facts = new WindowsHardwareIdTest.FakeWindows();
        facts.uuid = v.uuid();
        facts.cpu = v.cpu();
        facts.base = v.base();
        facts.disk = v.disk();
        facts.guid = v.guid();
        facts.wmiDown = v.wmiDown();
        return HardwareIdServices.createUncached(HardwareIdSettings.of(alg),
                HardwareIdEnvironment.system().withOsName("Windows 11").withWindowsFacts(facts)).compute();
    }

    @ParameterizedTest(name = "{0}, algorithm {1}")
    @MethodSource("vectorsAndAlgorithms")
    void projectGivesTheOfficialGeneratorsId(Vector v, HardwareIdAlgorithm alg) {
        String official = v.ids()[alg.code()];
        HardwareIdResult r = compute(v, alg);
        if (official == null) {
            assertThat(r).isInstanceOf(HardwareIdResult.Failed.class);
        } else {
            assertThat(r.hardwareId()).contains(official);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("algorithm1Vectors")
    void algorithm1RawStringIsTheOneTheGeneratorLogged(Vector v) {
        // The generator's own log line (bytes, read as UTF-8 here) is the input of its hash, so the layout is read,
        // not guessed ...
        assertThat(Normalisation.sha256Hex(v.raw1())).isEqualTo(v.ids()[1]);
        // ... and our parts, joined and encoded in the ANSI code page (1252 under Wine), are those same bytes.
        var base = Normalisation.fingerprintPart(Normalisation.BASE_LABEL, v.base(), Normalisation.BASE_USED);
        var cpu = Normalisation.fingerprintPart(Normalisation.CPU_LABEL, v.cpu(), Normalisation.CPU_USED);
        var disk = Normalisation.fingerprintPart(Normalisation.DISK_LABEL, v.disk(), Normalisation.DISK_USED);
        assertThat(Normalisation.fingerprint(base, cpu, disk)).get()
                .extracting(raw -> raw.getBytes(Charset.forName("windows-1252")))
                .isEqualTo(v.raw1().getBytes(StandardCharsets.UTF_8));
    }
}
