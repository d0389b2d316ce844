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
        return settingsWithoutTrust(cfg, apiUrlOverride, publicKeyOverride).withTrustManager(trustManager(cfg));
    }

    /**
     * Fails with the field at fault when the configuration cannot make a client (API URL, credentials, public
     * key), without loading the OS trust store: the window checks this before its first frame and builds the real
     * client after it. (An unreadable {@code api.ca_file} already fails when the configuration is read.)
     */
    public void checkClientSettings(VendorConfig cfg) throws ConfigException {
        settingsWithoutTrust(cfg, null, null);
    }

    private ClientSettings settingsWithoutTrust(VendorConfig cfg, String apiUrlOverride, PublicKey publicKeyOverride)
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
        return new DeactivationService(client, deviceInfo(), outcomeHistory());
    }

    /**
     * "Licenses on this computer" for this configuration: lists with {@code device_licenses}, frees each seat the
     * SDK way, filtered and switched by the configuration's {@code discovery} section.
     */
    public dev.licensemanager.service.DeviceLicensesService computerLicenses(LicenseApiClient client, VendorConfig cfg) {
        VendorConfig.Discovery d = cfg.discovery();
        java.util.function.Supplier<MachineIdentity> machine = () -> machineIdentity(cfg);
        return new dev.licensemanager.service.DeviceLicensesService(client, deviceInfo(), machine,
                new dev.licensemanager.service.DiscoveryPolicy(d.enabled(), d.products()), outcomeHistory());
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

    // ---- The window: its dependencies, the SSO receiver, the language. ----

    /** The window's dependencies (in demo mode with the built-in sandbox); see {@link WindowWiring}. */
    public dev.licensemanager.ui.WindowDependencies windowDependencies(VendorConfig cfg, Runnable onExit)
            throws ConfigException {
        return prepareWindow(cfg, onExit).startServices().deps();
    }

    /** The same, with the services not started yet: the launcher starts them after the first frame. */
    WindowWiring.Prepared prepareWindow(VendorConfig cfg, Runnable onExit) throws ConfigException {
        return new WindowWiring(this).prepare(cfg, onExit);
    }

    /** System browser + loopback redirect; LM_BROWSER replaces the OS's "open URL" command. */
    public dev.licensemanager.service.SsoSignIn ssoSignIn(LicenseApiClient client, String product, VendorConfig cfg) {
        return new dev.licensemanager.sso.LoopbackSsoSignIn(client, product, cfg.sso(),
                dev.licensemanager.sso.BrowserLauncher.systemDefault(env.get("LM_BROWSER")), Duration.ofMinutes(10));
    }

    /** LM_LANG (e.g. de, fr, ja) or the system language. */
    public java.util.Locale locale() {
        String lang = env.get("LM_LANG");
        return lang == null || lang.isBlank() ? java.util.Locale.getDefault() : java.util.Locale.forLanguageTag(lang);
    }

    // ---- Support: trust store, doctor, offline request, support bundle, history ----

    private dev.licensemanager.api.CompositeTrustManager trust;
    private String trustCaFile;

    /** Runtime + OS trust store + the configured corporate CA (api.ca_file), built once per CA file. */
    public synchronized dev.licensemanager.api.CompositeTrustManager trustManager(VendorConfig cfg)
            throws ConfigException {
        String ca = cfg == null || cfg.api() == null ? null : cfg.api().caFile();
        if (trust == null || !java.util.Objects.equals(ca, trustCaFile)) {
            try {
                trust = dev.licensemanager.api.TrustStores.composite(ca == null ? null : java.nio.file.Path.of(ca));
                trustCaFile = ca;
            } catch (java.io.IOException | java.security.GeneralSecurityException e) {
                throw new ConfigException(ca, "api.ca_file", "not a readable PEM certificate file");
            }
        }
        return trust;
    }

    public dev.licensemanager.service.OutcomeHistory outcomeHistory() {
        return new dev.licensemanager.service.OutcomeHistory(dirs.home().resolve("outcome-history.json"),
                java.time.Clock.systemUTC());
    }

    /** The doctor for this configuration (null when it could not be loaded: {@code configProblem} says why). */
    public dev.licensemanager.service.doctor.ConnectivityDoctor doctor(VendorConfig cfg, String configProblem,
                                                                      String apiUrlOverride) {
        return new dev.licensemanager.service.doctor.ConnectivityDoctor(doctorSettings(cfg, configProblem, apiUrlOverride));
    }

    public dev.licensemanager.service.doctor.DoctorSettings doctorSettings(VendorConfig cfg, String configProblem,
                                                                          String apiUrlOverride) {
        String url = apiUrlOverride != null ? apiUrlOverride
                : cfg != null && cfg.api() != null && cfg.api().baseUrl() != null ? cfg.api().baseUrl()
                : "https://api.licensespring.com";
        dev.licensemanager.service.doctor.ConfigCompleteness.Result complete = cfg == null
                ? dev.licensemanager.service.doctor.ConfigCompleteness.unreadable(String.valueOf(configProblem))
                : dev.licensemanager.service.doctor.ConfigCompleteness.check(cfg, apiUrlOverride);
        dev.licensemanager.api.CompositeTrustManager tm;
        try {
            tm = trustManager(cfg);
        } catch (ConfigException e) {
            tm = null;
        }
        return dev.licensemanager.service.doctor.DoctorSettings.of(java.net.URI.create(url),
                proxy(cfg == null ? null : cfg.proxy()), dev.licensemanager.api.TrustStores.runtimeDefault(), tm,
                complete, env);
    }

    /** Offline request files (and sending them online when {@code settings} has a reachable API). */
    public dev.licensemanager.service.offline.OfflineDeactivation offlineDeactivation(ClientSettings settings) {
        var builder = new dev.licensemanager.service.offline.OfflineRequestBuilder(settings.auth(),
                java.time.Clock.systemUTC(), java.util.UUID::randomUUID, "license-manager", BuildInfo.version());
        return new dev.licensemanager.service.offline.OfflineDeactivation(builder, client(settings), outcomeHistory());
    }

    /** The support bundle; {@code cfg} may be null when the configuration could not be loaded. */
    public dev.licensemanager.service.support.SupportBundle supportBundle(VendorConfig cfg, String configProblem,
                                                                         String apiUrlOverride, java.util.Locale locale) {
        java.util.List<String> secrets = new java.util.ArrayList<>();
        if (cfg != null && cfg.api() != null) {
            if (cfg.api().sharedKey() != null) {
                secrets.add(cfg.api().sharedKey().reveal());
            }
            if (cfg.api().oauthClientSecret() != null) {
                secrets.add(cfg.api().oauthClientSecret().reveal());
            }
        }
        for (String name : java.util.List.of("LM_PROXY_PASSWORD", "LM_PASSWORD", "LM_SSO_TOKEN", "LM_SHARED_KEY",
                "LM_CLIENT_SECRET")) {
            secrets.add(env.get(name));
        }
        var redactor = new dev.licensemanager.service.support.Redactor(secrets);
        var sources = new dev.licensemanager.service.support.BundleSources(cfg, configProblem,
                env.get("LM_PROXY_PASSWORD") != null, dirs.logs(), redactor);
        var doctor = doctor(cfg, configProblem, apiUrlOverride);
        return new dev.licensemanager.service.support.SupportBundle(sources,
                () -> cfg == null ? dev.licensemanager.service.MachineIdentity.failed("?", "no configuration")
                        : machineIdentity(cfg), (java.util.function.Function<dev.licensemanager.common.Cancellation,
                        dev.licensemanager.service.doctor.DoctorReport>) doctor::run, outcomeHistory(),
                new dev.licensemanager.service.doctor.DoctorReportFormat(
                        new dev.licensemanager.service.doctor.DoctorText(locale)));
    }
}
