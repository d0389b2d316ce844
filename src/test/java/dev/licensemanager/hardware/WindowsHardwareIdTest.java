package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Windows provider on fixture WMI/registry values. Expected hashes: shell commands in the comments. */
class WindowsHardwareIdTest {
    static final String UUID = "4C4C4544-0042-3510-8056-B4C04F4E3733";
    // printf %s 4C4C4544-0042-3510-8056-B4C04F4E3733 | sha256sum
    static final String UUID_HASH = "7402a7c1571883f60ef0b93d93fae14d87884da771981ba0ead44b6efd7ef57d";
    // printf %s 5b5bd1a2-2f3e-4d1c-9a8b-7c6d5e4f3a2b | sha256sum
    static final String GUID_HASH = "8b08ee22d551649a36aa94b7fda52a2248e696181fcbc99647c8f77ead1694e2";
    // printf %s 00000000-0000-0000-0000-000000000000 | sha256sum
    static final String ZERO_UUID_HASH = "12b9377cbe7e5c94e8a70d9d23929523d14afa954793130f8a3959c7b849aca8";
    // printf %s FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF | sha256sum
    static final String FF_UUID_HASH = "4e51c150acfebaab357180cc567641e72436491d16520f8f7dd0d4bfac30e594";
    static final List<String> CPU = List.of("Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz", "GenuineIntel", "BFEBFBFF000806EA");
    static final List<String> BASE = List.of("", "Dell Inc.", "Base Board", "/7XYZ123/CN1296381234AB/");
    static final List<String> DISK = List.of("(Standard disk drives)", "Samsung SSD 860 EVO 500GB", "   S3Z1NB0K123456A");
    // printf '%s\n%s\n%s' 'BASE >> Dell Inc./7XYZ123/CN1296381234AB/' \
    //   'CPU >> Intel(R) Core(TM) i7-8650U CPU @ 1.90GHzBFEBFBFF000806EA' \
    //   'DISK >> Samsung SSD 860 EVO 500GB   S3Z1NB0K123456A' | sha256sum
    static final String FP_ALL_HASH = "4bf73a9e7c969fe018fa932b6f05f1ab8d14f68d6c846ec00d6c6d0827a4565f";
    // printf '%s\n%s\n%s' 'BASE >> Dell Inc./7XYZ123/CN1296381234AB/' \
    //   'CPU >> Intel(R) Core(TM) i7-8650U CPU @ 1.90GHzBFEBFBFF000806EA' 'DISK >> ' | sha256sum
    static final String FP_BASE_CPU_HASH = "22799961260d120e1eb20f42786578161e056a3fe6d293979f5c4654696e74bb";

    /** Fixture facts; a null list/value with {@code down} set throws "WMI unavailable". */
    static final class FakeWindows implements WindowsFacts {
        String uuid = UUID;
        String guid = "5b5bd1a2-2f3e-4d1c-9a8b-7c6d5e4f3a2b";
        List<String> cpu = CPU;
        List<String> base = BASE;
        List<String> disk = DISK;
        boolean wmiDown;
        boolean registryDown;
        java.nio.charset.Charset ansi = java.nio.charset.Charset.forName("windows-1252");

        @Override
        public java.nio.charset.Charset ansiCodePage() {
            return ansi;
        }

        private void wmi() throws FactUnavailableException {
            if (wmiDown) {
                throw new FactUnavailableException(HardwareIdFailures.WMI_UNAVAILABLE, "WMI unavailable (test)");
            }
        }

        @Override
        public Optional<String> computerSystemProductUuid() throws FactUnavailableException {
            wmi();
            return Optional.ofNullable(uuid);
        }

        @Override
        public List<String> processorFields() throws FactUnavailableException {
            wmi();
            return cpu;
        }

        @Override
        public List<String> baseBoardFields() throws FactUnavailableException {
            wmi();
            return base;
        }

        @Override
        public List<String> systemDiskFields() throws FactUnavailableException {
            wmi();
            return disk;
        }

        @Override
        public Optional<String> machineGuid() throws FactUnavailableException {
            if (registryDown) {
                throw new FactUnavailableException(HardwareIdFailures.REGISTRY_UNAVAILABLE, "Registry unavailable (test)");
            }
            return Optional.ofNullable(guid);
        }
    }

    final FakeWindows facts = new FakeWindows();

    HardwareIdResult compute(HardwareIdAlgorithm alg) {
        return HardwareIdServices.createUncached(HardwareIdSettings.of(alg),
                HardwareIdEnvironment.system().withOsName("Windows 11").withWindowsFacts(facts)).compute();
    }

    @ParameterizedTest
    @EnumSource(value = HardwareIdAlgorithm.class, names = {"DEFAULT", "WINDOWS_COMPUTER_SYSTEM_PRODUCT", "LINUX_MACHINE_ID"})
    void algorithms0and2and4UseTheCsProductUuid(HardwareIdAlgorithm alg) {
        HardwareIdResult r = compute(alg);
        assertThat(r.hardwareId()).contains(UUID_HASH);
        assertThat(r.sources()).containsExactly(SourceRead.found(WindowsFacts.CS_PRODUCT_UUID));
    }

    @Test
    void uuidIsNeitherTrimmedNorRecased() {
        facts.uuid = UUID.toLowerCase(java.util.Locale.ROOT);
        // printf %s 4c4c4544-0042-3510-8056-b4c04f4e3733 | sha256sum
        assertThat(compute(HardwareIdAlgorithm.DEFAULT).hardwareId())
                .contains("fe5c105fd29a372b47bd5487465d69ed2101da192e8e46d7fa4ce832c7c9341f");
        facts.uuid = " " + UUID;
        assertThat(compute(HardwareIdAlgorithm.DEFAULT).hardwareId()).isPresent().get().isNotEqualTo(UUID_HASH);
    }

    @Test
    void placeholderUuidsAreUsedButFlagged() {
        facts.uuid = "00000000-0000-0000-0000-000000000000";
        HardwareIdResult.Computed zero = (HardwareIdResult.Computed) compute(HardwareIdAlgorithm.DEFAULT);
        assertThat(zero.id()).isEqualTo(ZERO_UUID_HASH);
        assertThat(zero.warnings()).singleElement().asString().contains("all zeros");
        facts.uuid = "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF";
        HardwareIdResult.Computed ff = (HardwareIdResult.Computed) compute(HardwareIdAlgorithm.DEFAULT);
        assertThat(ff.id()).isEqualTo(FF_UUID_HASH);
        assertThat(ff.warnings()).singleElement().asString().contains("all FF");
    }

    @Test
    void missingUuidIsANamedFailureNoFallback() {
        facts.uuid = null;
        assertThat(compute(HardwareIdAlgorithm.DEFAULT)).isInstanceOfSatisfying(HardwareIdResult.Failed.class, f -> {
            assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.WMI_VALUE_MISSING);
            assertThat(f.sources()).containsExactly(SourceRead.missing(WindowsFacts.CS_PRODUCT_UUID));
        });
    }

    @Test
    void wmiDownIsWmiUnavailable() {
        facts.wmiDown = true;
        assertThat(compute(HardwareIdAlgorithm.WINDOWS_COMPUTER_SYSTEM_PRODUCT))
                .isInstanceOfSatisfying(HardwareIdResult.Failed.class,
                        f -> assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.WMI_UNAVAILABLE));
        assertThat(compute(HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT))
                .isInstanceOfSatisfying(HardwareIdResult.Failed.class, f -> {
                    assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.WMI_UNAVAILABLE);
                    assertThat(f.message()).startsWith("WMI unavailable");
                });
    }

    @Test
    void algorithm3UsesMachineGuid() {
        HardwareIdResult r = compute(HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY);
        assertThat(r.hardwareId()).contains(GUID_HASH);
        assertThat(r.sources()).containsExactly(SourceRead.found(WindowsFacts.MACHINE_GUID));
    }

    @Test
    void theAnsiCodePageDecidesTheBytes() {
        facts.guid = "Ger\u00e4t";
        // printf 'Ger\xe4t' | sha256sum
        assertThat(compute(HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY).hardwareId())
                .contains("bf0abec51821eba686a395be40b859ac8345c03ff085a1478b4044988cf61827");
        facts.ansi = java.nio.charset.StandardCharsets.UTF_8; // code page 65001
        // printf 'Ger\xc3\xa4t' | sha256sum
        assertThat(compute(HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY).hardwareId())
                .contains("b32db78620d9fa3b05211fb36ef8206082c2b62f81858073d8c552842fd4232e");
    }

    @Test
    void algorithm3MissingOrRegistryDownAreNamed() {
        facts.guid = null;
        assertThat(((HardwareIdResult.Failed) compute(HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY)).reasonCode())
                .isEqualTo(HardwareIdFailures.MACHINE_GUID_MISSING);
        facts.registryDown = true;
        assertThat(((HardwareIdResult.Failed) compute(HardwareIdAlgorithm.WINDOWS_CRYPTOGRAPHY)).reasonCode())
                .isEqualTo(HardwareIdFailures.REGISTRY_UNAVAILABLE);
    }

    @Test
    void algorithm1WithAllThreeParts() {
        HardwareIdResult.Computed c = (HardwareIdResult.Computed) compute(HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT);
        assertThat(c.id()).isEqualTo(FP_ALL_HASH);
        assertThat(c.sources()).containsExactly(SourceRead.found(WindowsFacts.BASE_BOARD),
                SourceRead.found(WindowsFacts.PROCESSOR), SourceRead.found(WindowsFacts.SYSTEM_DISK));
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void algorithm1WithTwoOfThreeParts() {
        facts.disk = List.of();
        HardwareIdResult.Computed c = (HardwareIdResult.Computed) compute(HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT);
        assertThat(c.id()).isEqualTo(FP_BASE_CPU_HASH);
        assertThat(c.sources()).extracting(SourceRead::found).containsExactly(true, true, false);
        assertThat(c.warnings()).singleElement().asString().contains("2 of the 3").contains(WindowsFacts.SYSTEM_DISK);
    }

    @Test
    void algorithm1WithOnePartFails() {
        facts.disk = java.util.Arrays.asList("(Standard disk drives)", null, "");
        facts.base = List.of();
        assertThat(compute(HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT))
                .isInstanceOfSatisfying(HardwareIdResult.Failed.class, f -> {
                    assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.FINGERPRINT_INCOMPLETE);
                    assertThat(f.message()).contains("Only 1 of the 3");
                });
    }

    @Test
    void algorithm1FlagsOemPlaceholders() {
        List<String> base = new ArrayList<>(BASE);
        base.set(3, "To be filled by O.E.M.");
        base.set(1, "Default string");
        base.set(0, "Not Applicable"); // Model is not hashed, so not flagged
        facts.base = base;
        HardwareIdResult.Computed c = (HardwareIdResult.Computed) compute(HardwareIdAlgorithm.WINDOWS_HARDWARE_FINGERPRINT);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("To be filled by O.E.M."))
                .anySatisfy(w -> assertThat(w).contains("Default string"))
                .noneSatisfy(w -> assertThat(w).contains("Not Applicable"))
                .doesNotHaveDuplicates();
    }
}
