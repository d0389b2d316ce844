package dev.licensemanager.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.CredentialKind;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Dialogs and receipts name the product; the branding name is the tool's and only titles the window. */
class ProductNameTest {
    private static final ResourceBundle EN = ResourceBundle.getBundle("dev.licensemanager.i18n.messages",
            java.util.Locale.ENGLISH);

    private static VendorConfig config(String name, String brand) {
        return new VendorConfig(new VendorConfig.Product("acme-cad", name, false), null, null, null,
                VendorConfig.ALL_KINDS, brand == null ? null : new VendorConfig.Branding(brand, null, null), null, null,
                List.of(), false);
    }

    @Test
    void theExampleVendorConfigurationNamesTheProductNotTheTool() {
        ProductInfo p = ProductInfo.of(config("Acme CAD", "Acme License Manager"), "1.0", null, null);
        assertThat(p.nameFor(CredentialKind.LICENSE_KEY)).isEqualTo("Acme CAD");
        assertThat(p.nameFor(CredentialKind.SSO_CODE)).isEqualTo("Acme CAD");
        assertThat(p.displayName()).isEqualTo("Acme License Manager");
        assertThat(MainController.title(EN, p)).isEqualTo("Acme CAD — Acme License Manager");
    }

    @Test
    void withoutAProductNameTheCodeStandsForIt() {
        ProductInfo p = ProductInfo.of(config(null, null), "1.0", null, null);
        assertThat(p.nameFor(CredentialKind.USER)).isEqualTo("acme-cad");
        assertThat(MainController.title(EN, p)).isEqualTo("acme-cad — License Manager");
    }

    @Test
    void theDemoNamesEachTabsOwnProduct() {
        ProductInfo p = ProductInfo.of(config("Demo Key Product", null), "1.0", "demo-user", "Demo User Product",
                null);
        assertThat(p.nameFor(CredentialKind.LICENSE_KEY)).isEqualTo("Demo Key Product");
        assertThat(p.codeFor(CredentialKind.USER)).isEqualTo("demo-user");
        assertThat(p.nameFor(CredentialKind.USER)).isEqualTo("Demo User Product");
        assertThat(p.nameFor(CredentialKind.SSO_TOKEN)).isEqualTo("Demo User Product");
    }

    @Test
    void theServerNamesOnlyWhatTheConfigurationLeavesUnnamedAndAFailureKeepsTheCode() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        var runner = new dev.licensemanager.ui.common.DirectTaskRunner();
        ProductNamesViewModel named = new ProductNamesViewModel(ProductInfo.of(config("Acme CAD", null), "1.0", null,
                null));
        named.fetch(runner, (code, c) -> {
            asked.add(code);
            return java.util.Optional.of("Server CAD");
        });
        assertThat(asked).as("a configured name is not asked").isEmpty();
        assertThat(named.nameFor(CredentialKind.LICENSE_KEY)).isEqualTo("Acme CAD");

        ProductNamesViewModel unnamed = new ProductNamesViewModel(ProductInfo.of(config(" ", null), "1.0", null, null));
        assertThat(unnamed.nameFor(CredentialKind.LICENSE_KEY)).as("until the answer comes").isEqualTo("acme-cad");
        unnamed.fetch(runner, (code, c) -> {
            asked.add(code);
            return java.util.Optional.of("Server CAD");
        });
        assertThat(asked).containsExactly("acme-cad");
        assertThat(unnamed.nameFor(CredentialKind.USER)).isEqualTo("Server CAD");
        assertThat(HeaderViewModel.title(EN, "License Manager", unnamed.nameFor(CredentialKind.LICENSE_KEY)))
                .isEqualTo("Server CAD — License Manager");

        ProductNamesViewModel failing = new ProductNamesViewModel(ProductInfo.of(config(null, null), "1.0", null, null));
        failing.fetch(runner, (code, c) -> java.util.Optional.empty());
        failing.fetch(runner, (code, c) -> {
            throw new IllegalStateException("services could not be built");
        });
        assertThat(failing.nameFor(CredentialKind.LICENSE_KEY)).isEqualTo("acme-cad");
    }
}
