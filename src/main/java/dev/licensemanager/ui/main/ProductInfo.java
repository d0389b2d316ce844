package dev.licensemanager.ui.main;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.CredentialKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the header and the flow need to know about the product, taken from the vendor configuration.
 * {@code displayName} is the tool's name (window title); {@code productName} / {@code userProductName} are the
 * products' names, which the header, dialogs and receipts show (null: not configured; the server may name it,
 * else the code stands for it, see {@link ProductNamesViewModel}).
 */
public record ProductInfo(String code, String displayName, boolean demo, boolean bundle, Set<CredentialKind> kinds,
                          String ssoAccountCode, String logo, String appVersion, String userProductCode,
                          java.util.List<String> demoCredentials, String productName, String userProductName) {

    /** Without product names: the product codes stand for them. */
    public ProductInfo(String code, String displayName, boolean demo, boolean bundle, Set<CredentialKind> kinds,
                       String ssoAccountCode, String logo, String appVersion, String userProductCode,
                       java.util.List<String> demoCredentials) {
        this(code, displayName, demo, bundle, kinds, ssoAccountCode, logo, appVersion, userProductCode,
                demoCredentials, code, userProductCode);
    }

    /** The product sent for a credential kind: the demo has a key-based and a user-based product. */
    public String codeFor(CredentialKind kind) {
        return userKind(kind) && userProductCode != null ? userProductCode : code;
    }

    /** The name of the product a credential kind deactivates (its code when it has no name). */
    public String nameFor(CredentialKind kind) {
        if (userKind(kind) && userProductCode != null) {
            return userProductName != null ? userProductName : userProductCode;
        }
        return productName != null ? productName : code;
    }

    /** The configured name of the product a credential kind deactivates, or null when the configuration has none. */
    public String configuredNameFor(CredentialKind kind) {
        return userKind(kind) && userProductCode != null ? userProductName : productName;
    }

    /** The product codes the configuration names without a name (the window asks the server for those). */
    public java.util.List<String> unnamedCodes() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (code != null && productName == null) {
            out.add(code);
        }
        if (userProductCode != null && userProductName == null && !out.contains(userProductCode)) {
            out.add(userProductCode);
        }
        return out;
    }

    private static boolean userKind(CredentialKind kind) {
        return kind != null && kind != CredentialKind.LICENSE_KEY;
    }

    /** {@code demoCredentials}: key, username, password, account code of the demo sandbox, or empty. */
    public static ProductInfo of(VendorConfig cfg, String appVersion, String userProductCode,
                                 java.util.List<String> demoCredentials) {
        return of(cfg, appVersion, userProductCode, null, demoCredentials);
    }

    /** {@code userProductName}: the name of {@code userProductCode} (null: that code is shown). */
    public static ProductInfo of(VendorConfig cfg, String appVersion, String userProductCode, String userProductName,
                                 java.util.List<String> demoCredentials) {
        Set<CredentialKind> kinds = EnumSet.noneOf(CredentialKind.class);
        if (cfg.credentialKinds().contains("license_key")) {
            kinds.add(CredentialKind.LICENSE_KEY);
        }
        if (cfg.credentialKinds().contains("user")) {
            kinds.add(CredentialKind.USER);
        }
        if (cfg.credentialKinds().contains("sso")) {
            kinds.add(CredentialKind.SSO_CODE);
        }
        return new ProductInfo(cfg.product() == null ? null : cfg.product().code(), cfg.displayName(), cfg.demo(),
                cfg.product() != null && cfg.product().bundle(), Set.copyOf(kinds),
                cfg.sso() == null ? null : cfg.sso().customerAccountCode(),
                // The logo path is relative to the configuration file that named it (config.Branding resolves it).
                dev.licensemanager.config.Branding.of(cfg).logo().map(java.nio.file.Path::toString).orElse(null),
                appVersion, userProductCode,
                demoCredentials == null ? java.util.List.of() : java.util.List.copyOf(demoCredentials),
                cfg.product() == null || cfg.product().name() == null || cfg.product().name().isBlank() ? null
                        : cfg.product().name(), userProductName);
    }
}
