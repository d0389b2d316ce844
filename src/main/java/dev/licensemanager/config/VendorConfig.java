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
                           Branding branding, Support support, Proxy proxy, List<String> sources, boolean demo) {

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

        public VendorConfig build() {
            return new VendorConfig(product, api, hardwareId, sso, credentialKinds, branding, support, proxy, sources,
                    demo);
        }
    }

    public String displayName() {
        if (branding != null && branding.displayName() != null) {
            return branding.displayName();
        }
        return product != null && product.name() != null ? product.name() : "License Manager";
    }
}
