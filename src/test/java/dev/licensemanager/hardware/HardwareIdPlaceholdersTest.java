package dev.licensemanager.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HardwareIdPlaceholdersTest {

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "00000000000000000000000000000000",
            "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "ffffffffffffffffffffffffffffffff", "To be filled by O.E.M.",
            " to be filled by o.e.m. ", "Default string", "None", "System Serial Number", "Not Specified",
            "03000200-0400-0500-0006-000700080009", "uninitialized"})
    void flagsPlaceholders(String value) {
        assertThat(Placeholders.check("source X", value)).hasValueSatisfying(w -> assertThat(w).startsWith("source X"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4C4C4544-0042-3510-8056-B4C04F4E3733", "3d1219c7c4c5404aaa1f6d2a48adfda4",
            "/7XYZ123/CN1296381234AB/", "i-0123456789abcdef0", "Nonexistent"})
    void acceptsRealLookingValues(String value) {
        assertThat(Placeholders.check("source X", value)).isEmpty();
    }
}
