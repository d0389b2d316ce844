package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MacHardwareIdTest {
    // printf %s A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D | sha256sum
    static final String HASH = "064ad5b2635d405300796c9d8daa70be60894effb27ba5934a35492af529521a";

    static HardwareIdResult compute(HardwareIdAlgorithm alg, MacFacts facts) {
        return HardwareIdServices.createUncached(HardwareIdSettings.of(alg),
                HardwareIdEnvironment.system().withOsName("Mac OS X").withMacFacts(facts)).compute();
    }

    @ParameterizedTest
    @EnumSource(value = HardwareIdAlgorithm.class, names = {"DEFAULT", "WINDOWS_HARDWARE_FINGERPRINT",
            "WINDOWS_COMPUTER_SYSTEM_PRODUCT", "WINDOWS_CRYPTOGRAPHY", "LINUX_MACHINE_ID"})
    void platformUuidUpperCasedThenHashed(HardwareIdAlgorithm alg) {
        HardwareIdResult r = compute(alg, () -> Optional.of("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d\n"));
        assertThat(r.hardwareId()).contains(HASH);
        assertThat(r.sources()).containsExactly(SourceRead.found(MacFacts.PLATFORM_UUID));
    }

    @Test
    void upperCaseInputGivesTheSameId() {
        assertThat(compute(HardwareIdAlgorithm.DEFAULT, () -> Optional.of("A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"))
                .hardwareId()).contains(HASH);
    }

    @Test
    void missingUuidIsNamed() {
        assertThat(compute(HardwareIdAlgorithm.DEFAULT, Optional::empty))
                .isInstanceOfSatisfying(HardwareIdResult.Failed.class,
                        f -> assertThat(f.reasonCode()).isEqualTo(HardwareIdFailures.PLATFORM_UUID_MISSING));
    }

    @Test
    void zeroUuidIsFlagged() {
        HardwareIdResult r = compute(HardwareIdAlgorithm.DEFAULT, () -> Optional.of("00000000-0000-0000-0000-000000000000"));
        assertThat(((HardwareIdResult.Computed) r).warnings()).singleElement().asString().contains("all zeros");
    }
}
