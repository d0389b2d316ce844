package dev.licensemanager.config;

import dev.licensemanager.api.Secret;
import java.util.List;
import java.util.Set;

/**
 * The vendor's configuration (see installer/vendor-config.example.json). Secrets are {@link Secret}s,
 * so printing a config never shows them. {@code demo} is true when nothing was configured and the
 * built-in sandbox stands in for LicenseSpring.
 */
public record VendorConfig(Product product, Api api, HardwareId hardwareId, Sso sso, Set<String> credentialKinds,
                           Branding branding, Support support, Proxy proxy, List<String> sources, boolean demo,
                           Discovery discovery) {

    public VendorConfig {
        discovery = discovery == null ? Discovery.DEFAULT : discovery;
    }

    /** With the default discovery settings (on, all products). */
    public VendorConfig(Product product, Api api, HardwareId hardwareId, Sso sso, Set<String> credentialKinds,
                        Branding branding, Support support, Proxy proxy, List<String> sources, boolean demo) {
        this(product, api, hardwareId, sso, credentialKinds, branding, support, proxy, sources, demo, null);
    }

    /**
     * "Licenses on this computer": {@code enabled} asks the server at all; {@code products} are the short codes
     * shown (empty = all the API key may see).
     */
    public record Discovery(boolean enabled, Set<String> products) {
        public static final Discovery DEFAULT = new Discovery(true, Set.of());

        public Discovery {
            products = products == null ? Set.of() : Set.copyOf(products);
        }
    }

    public record Product(String code, String name, boolean bundle) {
    }

    public record Api(String baseUrl, String apiKey, Secret sharedKey, String oauthClientId, Secret oauthClientSecret,
                      String oauthTokenUrl, String publicKeyPem, Integer connectTimeoutSeconds,
                      Integer readTimeoutSeconds, String caFile) {
        /** Without a corporate CA file ({@code api.ca_file}). */
        public Api(String baseUrl, String apiKey, Secret sharedKey, String oauthClientId, Secret oauthClientSecret,
                   String oauthTokenUrl, String publicKeyPem, Integer connectTimeoutSeconds,
                   Integer readTimeoutSeconds) {
            this(baseUrl, apiKey, sharedKey, oauthClientId, oauthClientSecret, oauthTokenUrl, publicKeyPem,
                    connectTimeoutSeconds, readTimeoutSeconds, null);
        }

        public boolean hasHmac() {
            return apiKey != null && sharedKey != null;
        }

        public boolean hasOAuth() {
            return oauthClientId != null && oauthClientSecret != null;
        }
    }

    public record HardwareId(String algorithm, String command, String file) {
    }

    /** {@code grant} is CODE by default; port 0 means an ephemeral loopback port. */
    public record Sso(String customerAccountCode, SsoGrant grant, int redirectPort, String redirectPath) {
    }

    public record Branding(String displayName, String logo, String accentColor) {
    }

    public record Support(String url, String email, String phone) {
    }

    /** {@code mode}: SYSTEM (default, incl. PAC), NONE, EXPLICIT. The proxy password comes from LM_PROXY_PASSWORD. */
    public record Proxy(ProxyMode mode, String host, int port, String username) {
    }

    public static final Set<String> ALL_KINDS = Set.of("license_key", "user", "sso");

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with other parts: named instead of ten positional arguments. */
    public static final class Builder {
        private Product product;
        private Api api;
        private HardwareId hardwareId;
        private Sso sso;
        private Set<String> credentialKinds;
        private Branding branding;
        private Support support;
        private Proxy proxy;
        private List<String> sources;
        private boolean demo;
        private Discovery discovery;

        private Builder(VendorConfig c) {
            product = c.product;
            api = c.api;
            hardwareId = c.hardwareId;
            sso = c.sso;
            credentialKinds = c.credentialKinds;
            branding = c.branding;
            support = c.support;
            proxy = c.proxy;
            sources = c.sources;
            demo = c.demo;
            discovery = c.discovery;
        }

        public Builder product(Product v) {
            product = v;
            return this;
        }

        public Builder api(Api v) {
            api = v;
            return this;
        }

        public Builder sso(Sso v) {
            sso = v;
            return this;
        }

        public Builder proxy(Proxy v) {
            proxy = v;
            return this;
        }

        public Builder demo(boolean v) {
            demo = v;
            return this;
        }

        public Builder discovery(Discovery v) {
            discovery = v;
            return this;
        }

        public VendorConfig build() {
            return new VendorConfig(product, api, hardwareId, sso, credentialKinds, branding, support, proxy, sources,
                    demo, discovery);
        }
    }

    /** The tool's name (window title, menu entry): {@code branding.display_name}, else "License Manager". */
    public String displayName() {
        return branding != null && branding.displayName() != null ? branding.displayName() : "License Manager";
    }

    /**
     * The product's name, which dialogs and receipts name (never the tool's): {@code product.name}, else the
     * product code; null without a product.
     */
    public String productName() {
        if (product == null) {
            return null;
        }
        return product.name() != null && !product.name().isBlank() ? product.name() : product.code();
    }
}
