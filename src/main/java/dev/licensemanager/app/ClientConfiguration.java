package dev.licensemanager.app;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.CompositeTrustManager;
import dev.licensemanager.api.ProxySettings;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.api.TrustStores;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.ProxyMode;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.hardware.HardwareIdSettings;
import dev.licensemanager.service.doctor.ConfigCompleteness;
import dev.licensemanager.service.doctor.DoctorSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Translates the vendor configuration (plus the environment and the CLI's overrides) into the settings records
 * the lower layers take: client settings, trust, proxy, hardware-ID settings, doctor settings. It builds no
 * services; {@link CompositionRoot} does the wiring.
 */
final class ClientConfiguration {
    static final String LICENSESPRING_PRODUCTION = "https://api.licensespring.com";

    private final Map<String, String> env;
    private CompositeTrustManager trust;
    private String trustCaFile;

    ClientConfiguration(Map<String, String> env) {
        this.env = env;
    }

    /** Client settings from the configuration, with the CLI's overrides (null = none). */
    ClientSettings clientSettings(VendorConfig cfg, String apiUrlOverride, PublicKey publicKeyOverride)
            throws ConfigException {
        return settingsWithoutTrust(cfg, apiUrlOverride, publicKeyOverride).withTrustManager(trustManager(cfg));
    }

    /** Fails with the field at fault when the configuration cannot make a client, without loading any trust store. */
    void checkClientSettings(VendorConfig cfg) throws ConfigException {
        settingsWithoutTrust(cfg, null, null);
    }

    private ClientSettings settingsWithoutTrust(VendorConfig cfg, String apiUrlOverride, PublicKey publicKeyOverride)
            throws ConfigException {
        String source = cfg.sources().isEmpty() ? "(configuration)" : cfg.sources().get(0);
        // Nothing configured: LicenseSpring production, as LicenseSpring's SDKs default to (demo mode has its own).
        String baseUrl = apiUrlOverride != null ? apiUrlOverride
                : cfg.api() != null && cfg.api().baseUrl() != null ? cfg.api().baseUrl() : LICENSESPRING_PRODUCTION;
        ApiAuth auth;
        if (cfg.api().hasHmac()) {
            auth = new ApiAuth.ApiKey(cfg.api().apiKey(), cfg.api().sharedKey());
        } else if (cfg.api().hasOAuth()) {
            auth = new ApiAuth.OAuthClient(cfg.api().oauthClientId(), cfg.api().oauthClientSecret(),
                    cfg.api().oauthTokenUrl());
        } else {
            throw new ConfigException(source, "api.api_key",
                    "no API credentials: set LM_API_KEY + LM_SHARED_KEY, or LM_CLIENT_ID + LM_CLIENT_SECRET");
        }
        PublicKey key = publicKeyOverride != null ? publicKeyOverride
                : cfg.api().publicKeyPem() != null ? ResponseSignatureVerifier.parsePem(cfg.api().publicKeyPem())
                : ResponseSignatureVerifier.licenseSpringProductionKey();
        ClientSettings s = ClientSettings.defaults(baseUrl, auth, key).withProxy(proxy(cfg.proxy()));
        if (cfg.api().connectTimeoutSeconds() != null || cfg.api().readTimeoutSeconds() != null) {
            s = s.withTimeouts(seconds(cfg.api().connectTimeoutSeconds(), s.connectTimeout()),
                    seconds(cfg.api().readTimeoutSeconds(), s.readTimeout()), s.attemptTimeout(), s.deadline());
        }
        return s;
    }

    /** Runtime + OS trust store + the configured corporate CA (api.ca_file), built once per CA file. */
    synchronized CompositeTrustManager trustManager(VendorConfig cfg) throws ConfigException {
        String ca = cfg == null || cfg.api() == null ? null : cfg.api().caFile();
        if (trust == null || !Objects.equals(ca, trustCaFile)) {
            try {
                trust = TrustStores.composite(ca == null ? null : Path.of(ca));
                trustCaFile = ca;
            } catch (IOException | GeneralSecurityException e) {
                throw new ConfigException(ca, "api.ca_file", "not a readable PEM certificate file");
            }
        }
        return trust;
    }

    /** The hardware-ID settings the vendor configuration asks for (default algorithm when none). */
    HardwareIdSettings hardwareIdSettings(VendorConfig cfg) {
        VendorConfig.HardwareId hw = cfg.hardwareId();
        return hw == null ? HardwareIdSettings.defaults()
                : HardwareIdSettings.fromConfig(hw.algorithm(), hw.command(), hw.file());
    }

    /** The doctor's settings; {@code cfg} is null when the configuration could not be read ({@code configProblem}). */
    DoctorSettings doctorSettings(VendorConfig cfg, String configProblem, String apiUrlOverride) {
        String url = apiUrlOverride != null ? apiUrlOverride
                : cfg != null && cfg.api() != null && cfg.api().baseUrl() != null ? cfg.api().baseUrl()
                : LICENSESPRING_PRODUCTION;
        ConfigCompleteness.Result complete = cfg == null
                ? ConfigCompleteness.unreadable(String.valueOf(configProblem))
                : ConfigCompleteness.check(cfg, apiUrlOverride);
        CompositeTrustManager tm;
        try {
            tm = trustManager(cfg);
        } catch (ConfigException e) {
            tm = null;
        }
        return DoctorSettings.of(URI.create(url), proxy(cfg == null ? null : cfg.proxy()), TrustStores.runtimeDefault(),
                tm, complete, env);
    }

    private ProxySettings proxy(VendorConfig.Proxy p) {
        if (p == null || p.mode() == ProxyMode.SYSTEM) {
            return ProxySettings.system();
        }
        if (p.mode() == ProxyMode.NONE) {
            return new ProxySettings.Direct();
        }
        String pw = env.get("LM_PROXY_PASSWORD");
        return new ProxySettings.Explicit(p.host(), p.port(), p.username(), pw == null ? null : Secret.of(pw));
    }

    private static Duration seconds(Integer s, Duration dflt) {
        return s == null ? dflt : Duration.ofSeconds(s);
    }
}
