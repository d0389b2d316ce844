package dev.licensemanager.app;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.OkHttpLicenseApiClient;
import dev.licensemanager.api.ProxySettings;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.config.AppDirs;
import dev.licensemanager.config.BuildInfo;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.config.VendorConfigLoader;
import dev.licensemanager.hardware.HardwareIdExplanation;
import dev.licensemanager.hardware.HardwareIdResult;
import dev.licensemanager.hardware.HardwareIdService;
import dev.licensemanager.hardware.HardwareIdServices;
import dev.licensemanager.hardware.HardwareIdSettings;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.MachineIdentity;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;

/**
 * The composition root: the one place that constructs services from configuration. Both the CLI
 * and the window get their collaborators from here.
 */
public final class CompositionRoot {
    private final Map<String, String> env;
    private final AppDirs dirs;
    private final Map<HardwareIdSettings, HardwareIdService> hardwareIds = new java.util.HashMap<>();

    public CompositionRoot(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.dirs = AppDirs.fromEnvironment(env);
    }

    public Map<String, String> env() {
        return env;
    }

    public AppDirs dirs() {
        return dirs;
    }

    public VendorConfig loadConfig() throws ConfigException {
        return new VendorConfigLoader(env, dirs, VendorConfigLoader.locateAppDir()).load();
    }

    /** Client settings from the configuration, with the CLI's overrides (null = none). */
    public ClientSettings clientSettings(VendorConfig cfg, String apiUrlOverride, PublicKey publicKeyOverride)
            throws ConfigException {
        String source = cfg.sources().isEmpty() ? "(configuration)" : cfg.sources().get(0);
        String baseUrl = apiUrlOverride != null ? apiUrlOverride : cfg.api().baseUrl();
        if (baseUrl == null) {
            throw new ConfigException(source, "api.base_url",
                    "no API URL configured: use --api-url, LM_API_URL or the vendor configuration");
        }
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

    public LicenseApiClient client(ClientSettings settings) {
        return new OkHttpLicenseApiClient(settings);
    }

    public DeactivationService deactivationService(LicenseApiClient client) {
        return new DeactivationService(client, deviceInfo());
    }

    /** The hardware-ID settings the vendor configuration asks for (default algorithm when none). */
    public HardwareIdSettings hardwareIdSettings(VendorConfig cfg) {
        VendorConfig.HardwareId hw = cfg.hardwareId();
        return hw == null ? HardwareIdSettings.defaults()
                : HardwareIdSettings.fromConfig(hw.algorithm(), hw.command(), hw.file());
    }

    /** The configured settings, or the defaults when the configuration cannot be read (for hardware-id only). */
    public HardwareIdSettings hardwareIdSettingsOrDefault() {
        try {
            return hardwareIdSettings(loadConfig());
        } catch (ConfigException e) {
            return HardwareIdSettings.defaults();
        }
    }

    /** One cached service per settings, so the window, the CLI and the bundle show the same value. */
    public synchronized HardwareIdService hardwareIdService(HardwareIdSettings settings) {
        return hardwareIds.computeIfAbsent(settings, HardwareIdServices::create);
    }

    /** This computer's ID with the default algorithm (what the demo sandbox pre-activates); empty if it fails. */
    public java.util.Optional<String> defaultHardwareId() {
        return hardwareIdService(HardwareIdSettings.defaults()).compute().hardwareId();
    }

    /** This computer's hardware ID per the configured algorithm, with its explanation. Never on the FX thread. */
    public MachineIdentity machineIdentity(VendorConfig cfg) {
        HardwareIdResult r = hardwareIdService(hardwareIdSettings(cfg)).compute();
        if (r instanceof HardwareIdResult.Computed c) {
            return new MachineIdentity(c.id(), c.algorithm().cliName(), null, c.warnings(),
                    HardwareIdExplanation.render(c));
        }
        HardwareIdResult.Failed f = (HardwareIdResult.Failed) r;
        return new MachineIdentity(null, f.algorithm().cliName(), f.message() + " [" + f.reasonCode() + "]",
                java.util.List.of(), HardwareIdExplanation.render(f));
    }

    public DeviceInfo deviceInfo() {
        String host = null;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = env.get("HOSTNAME");
        }
        return new DeviceInfo("license-manager " + BuildInfo.version(), BuildInfo.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), host);
    }

    private ProxySettings proxy(VendorConfig.Proxy p) {
        if (p == null || "system".equals(p.mode())) {
            return ProxySettings.system();
        }
        if ("none".equals(p.mode())) {
            return new ProxySettings.Direct();
        }
        String pw = env.get("LM_PROXY_PASSWORD");
        return new ProxySettings.Explicit(p.host(), p.port(), p.username(), pw == null ? null : Secret.of(pw));
    }

    private static Duration seconds(Integer s, Duration dflt) {
        return s == null ? dflt : Duration.ofSeconds(s);
    }
}
