package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.service.FreeMethod;
import dev.licensemanager.ui.main.Receipt;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A release's receipt names the call that freed the seat; a typed deactivation's receipt stays as it was. */
class ReceiptLinesTest {
    static final ResourceBundle EN = ResourceBundle.getBundle("dev.licensemanager.i18n.messages", Locale.ENGLISH);

    @Test
    void releaseReceiptHasTheRequestLine() {
        Receipt r = new Receipt(Instant.parse("2026-12-03T10:00:00Z"), "Demo Floating Product (demo-float)", "…4444",
                "hw-1", "default", "floating_released", "req-1", FreeMethod.RELEASE.endpoint());
        assertThat(r.text(EN)).contains("Request: floating/release").contains("Server reply: floating_released")
                .contains("License: …4444").doesNotContain("DEMO-FLOAT");
        Receipt typed = new Receipt(Instant.parse("2026-12-03T10:00:00Z"), "P", "…2222", "hw-1", "default",
                "license_deactivated", null);
        assertThat(typed.text(EN)).doesNotContain("Request:");
    }
}
