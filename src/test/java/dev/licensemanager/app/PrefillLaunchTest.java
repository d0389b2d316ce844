package dev.licensemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.Prefill;
import org.junit.jupiter.api.Test;

/** Bare options and a license-manager:// link open the window (prefill); subcommands run the CLI. */
class PrefillLaunchTest {

    @Test
    void prefillArgumentsOpenTheWindow() {
        String[] options = {"--product", "X", "--license-key", "K-1234"};
        String[] link = {"license-manager://deactivate?product=X&customer_account=acme"};
        assertThat(CliLauncher.isCliInvocation(options)).isFalse();
        assertThat(CliLauncher.isCliInvocation(link)).isFalse();
        assertThat(Prefill.fromArgs(options)).satisfies(p -> {
            assertThat(p.product()).isEqualTo("X");
            assertThat(p.licenseKey()).isEqualTo("K-1234");
        });
        assertThat(Prefill.fromArgs(link).customerAccountCode()).isEqualTo("acme");
        assertThat(CliLauncher.isCliInvocation(new String[] {"deactivate", "--product", "X"})).isTrue();
    }
}
