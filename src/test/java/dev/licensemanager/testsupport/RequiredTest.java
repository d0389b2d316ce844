package dev.licensemanager.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredTest {
    @Test
    void aMissingPieceFailsOnCiAndSkipsElsewhere() {
        assertThatThrownBy(() -> Required.present(Map.of("CI", "true"), false, "Chromium"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("Chromium");
        assertThatThrownBy(() -> Required.present(Map.of(), false, "Chromium")).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Required.present(Map.of("CI", "false"), false, "DISPLAY"))
                .isInstanceOf(TestAbortedException.class);
        assertThatCode(() -> Required.present(Map.of("CI", "true"), true, "DISPLAY")).doesNotThrowAnyException();
    }
}
