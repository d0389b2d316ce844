package dev.licensemanager.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefillTest {
    @Test
    void windowArgumentsFillTheFields() {
        Prefill p = Prefill.fromArgs(new String[] {"--product", "prod-x", "--license-key=AAAA-BBBB", "--license-id", "42"});
        assertThat(p.product()).isEqualTo("prod-x");
        assertThat(p.licenseKey()).isEqualTo("AAAA-BBBB");
        assertThat(p.licenseId()).isEqualTo(42L);
        assertThat(p.warnings()).isEmpty();
        assertThat(p.isEmpty()).isFalse();
    }

    @Test
    void linkFillsProductAndCustomerAccount() {
        Prefill p = Prefill.fromLink("license-manager://deactivate?product=prod-x&customer_account=acme%2Dcorp&username=a%40b.c");
        assertThat(p.product()).isEqualTo("prod-x");
        assertThat(p.customerAccountCode()).isEqualTo("acme-corp");
        assertThat(p.username()).isEqualTo("a@b.c");
        assertThat(p.warnings()).isEmpty();
        assertThat(Prefill.fromArgs(new String[] {"license-manager://deactivate?product=p2"}).product()).isEqualTo("p2");
    }

    @Test
    void secretsAndBadValuesAreIgnoredWithWarnings() {
        Prefill p = Prefill.fromArgs(new String[] {"--password", "hunter2", "--product", "bad code!", "--license-id",
            "x1", "--frobnicate", "1", "license-manager://deactivate?sso_token=t&product=ok"});
        assertThat(p.product()).isEqualTo("ok");
        assertThat(p.licenseId()).isNull();
        assertThat(String.join("|", p.warnings())).contains("ignored password").contains("ignored product")
                .contains("ignored license-id").contains("frobnicate").contains("ignored sso-token")
                .doesNotContain("hunter2");
        assertThat(Prefill.fromLink("license-manager://uninstall?product=x").warnings()).hasSize(1);
        assertThat(Prefill.fromLink("https://evil.example/deactivate?product=x").product()).isNull();
        assertThat(Prefill.fromArgs(new String[0]).isEmpty()).isTrue();
    }
}
