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

    /** {@code grant} is "code" (default) or "implicit"; port 0 means an ephemeral loopback port. */
    public record Sso(String customerAccountCode, String grant, int redirectPort, String redirectPath) {
    }

    public record Branding(String displayName, String logo, String accentColor) {
    }

    public record Support(String url, String email, String phone) {
    }

    /** {@code mode}: system (default, incl. PAC), none, explicit. The proxy password comes from LM_PROXY_PASSWORD. */
    public record Proxy(String mode, String host, int port, String username) {
    }

    public static final Set<String> ALL_KINDS = Set.of("license_key", "user", "sso");

    public String displayName() {
        if (branding != null && branding.displayName() != null) {
            return branding.displayName();
        }
        return product != null && product.name() != null ? product.name() : "License Manager";
    }
}
