package dev.licensemanager.app;

import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.CompositeTrustManager;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.OkHttpLicenseApiClient;
import dev.licensemanager.cli.CliServices;
import dev.licensemanager.common.Cancellation;
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
import dev.licensemanager.service.DeviceLicensesService;
import dev.licensemanager.service.DiscoveryPolicy;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.OutcomeHistory;
import dev.licensemanager.service.SsoSignIn;
import dev.licensemanager.service.doctor.ConnectivityDoctor;
import dev.licensemanager.service.doctor.DoctorReport;
import dev.licensemanager.service.doctor.DoctorReportFormat;
import dev.licensemanager.service.doctor.DoctorSettings;
import dev.licensemanager.service.doctor.DoctorText;
import dev.licensemanager.service.offline.OfflineDeactivation;
import dev.licensemanager.service.offline.OfflineRequestBuilder;
import dev.licensemanager.service.support.BundleSources;
import dev.licensemanager.service.support.Redactor;
import dev.licensemanager.service.support.SupportBundle;
import dev.licensemanager.sso.BrowserLauncher;
import dev.licensemanager.sso.LoopbackSsoSignIn;
import dev.licensemanager.ui.WindowDependencies;
import java.io.IOException;
import java.net.InetAddress;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The composition root: the one place that constructs services. Both the CLI (through {@link CliServices}) and
 * the window (through {@link WindowWiring}) get their collaborators from here. Turning configuration into
 * settings is {@link ClientConfiguration}'s job; this class only wires objects.
 */
public final class CompositionRoot implements CliServices {
    private final Map<String, String> env;
    private final AppDirs dirs;
    private final ClientConfiguration configuration;
    private final Map<HardwareIdSettings, HardwareIdService> hardwareIds = new HashMap<>();

    public CompositionRoot(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.dirs = AppDirs.fromEnvironment(env);
        this.configuration = new ClientConfiguration(this.env);
    }

    public Map<String, String> env() {
        return env;
    }

    public AppDirs dirs() {
        return dirs;
    }

    @Override
    public VendorConfig loadConfig() throws ConfigException {
        return new VendorConfigLoader(env, dirs, VendorConfigLoader.locateAppDir()).load();
    }

    // ---- Settings (delegated to ClientConfiguration) ----

    @Override
    public ClientSettings clientSettings(VendorConfig cfg, String apiUrlOverride, PublicKey publicKeyOverride)
            throws ConfigException {
        return configuration.clientSettings(cfg, apiUrlOverride, publicKeyOverride);
    }

    /**
     * Fails with the field at fault when the configuration cannot make a client (API URL, credentials, public
     * key), without loading the OS trust store: the window checks this before its first frame and builds the real
     * client after it. (An unreadable {@code api.ca_file} already fails when the configuration is read.)
     */
    public void checkClientSettings(VendorConfig cfg) throws ConfigException {
        configuration.checkClientSettings(cfg);
    }

    public CompositeTrustManager trustManager(VendorConfig cfg) throws ConfigException {
        return configuration.trustManager(cfg);
    }

    public HardwareIdSettings hardwareIdSettings(VendorConfig cfg) {
        return configuration.hardwareIdSettings(cfg);
    }

    public DoctorSettings doctorSettings(VendorConfig cfg, String configProblem, String apiUrlOverride) {
        return configuration.doctorSettings(cfg, configProblem, apiUrlOverride);
    }

    // ---- License API and deactivation ----

    @Override
    public LicenseApiClient client(ClientSettings settings) {
        return new OkHttpLicenseApiClient(settings);
    }

    @Override
    public DeactivationService deactivationService(LicenseApiClient client) {
        return new DeactivationService(client, deviceInfo(), outcomeHistory());
    }

    /** The products' names from {@code product_details}, asked once per code (window header, CLI words). */
    @Override
    public dev.licensemanager.service.ProductNames productNames(LicenseApiClient client) {
        return new dev.licensemanager.service.ProductDetailsNames(client);
    }

    /**
     * "Licenses on this computer" for this configuration: lists with {@code device_licenses}, frees each seat the
     * SDK way, filtered and switched by the configuration's {@code discovery} section.
     */
    @Override
    public DeviceLicensesService computerLicenses(LicenseApiClient client, VendorConfig cfg) {
        VendorConfig.Discovery d = cfg.discovery();
        return new DeviceLicensesService(client, deviceInfo(), () -> machineIdentity(cfg),
                new DiscoveryPolicy(d.enabled(), d.products()), outcomeHistory());
    }

    public DeviceInfo deviceInfo() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = env.get("HOSTNAME");
        }
        return new DeviceInfo("license-manager " + BuildInfo.version(), BuildInfo.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), host);
    }

    public OutcomeHistory outcomeHistory() {
        return new OutcomeHistory(dirs.home().resolve("outcome-history.json"), Clock.systemUTC());
    }

    // ---- Hardware ID ----

    /** The configured settings, or the defaults when the configuration cannot be read (for hardware-id only). */
    @Override
    public HardwareIdSettings hardwareIdSettingsOrDefault() {
        try {
            return hardwareIdSettings(loadConfig());
        } catch (ConfigException e) {
            return HardwareIdSettings.defaults();
        }
    }

    /** One cached service per settings, so the window, the CLI and the bundle show the same value. */
    @Override
    public synchronized HardwareIdService hardwareIdService(HardwareIdSettings settings) {
        return hardwareIds.computeIfAbsent(settings, HardwareIdServices::create);
    }

    /** This computer's ID with the default algorithm (what the demo sandbox pre-activates); empty if it fails. */
    @Override
    public Optional<String> defaultHardwareId() {
        return hardwareIdService(HardwareIdSettings.defaults()).compute().hardwareId();
    }

    /** This computer's hardware ID per the configured algorithm, with its explanation. Never on the FX thread. */
    @Override
    public MachineIdentity machineIdentity(VendorConfig cfg) {
        HardwareIdResult r = hardwareIdService(hardwareIdSettings(cfg)).compute();
        if (r instanceof HardwareIdResult.Computed c) {
            return new MachineIdentity(c.id(), c.algorithm().cliName(), null, c.warnings(),
                    HardwareIdExplanation.render(c));
        }
        HardwareIdResult.Failed f = (HardwareIdResult.Failed) r;
        return new MachineIdentity(null, f.algorithm().cliName(), f.message() + " [" + f.reasonCode() + "]",
                List.of(), HardwareIdExplanation.render(f));
    }

    // ---- The window: its dependencies, the SSO receiver, the language ----

    /** The window's dependencies (in demo mode with the built-in sandbox); see {@link WindowWiring}. */
    public WindowDependencies windowDependencies(VendorConfig cfg, Runnable onExit) throws ConfigException {
        return prepareWindow(cfg, onExit).startServices().deps();
    }

    /** The same, with the services not started yet: the launcher starts them after the first frame. */
    WindowWiring.Prepared prepareWindow(VendorConfig cfg, Runnable onExit) throws ConfigException {
        return new WindowWiring(this).prepare(cfg, onExit);
    }

    /** System browser + loopback redirect; LM_BROWSER replaces the OS's "open URL" command. */
    public SsoSignIn ssoSignIn(LicenseApiClient client, String product, VendorConfig cfg) {
        return new LoopbackSsoSignIn(client, product, cfg.sso(), BrowserLauncher.systemDefault(env.get("LM_BROWSER")),
                Duration.ofMinutes(10));
    }

    /** LM_LANG (e.g. de, fr, ja) or the system language. */
    @Override
    public Locale locale() {
        String lang = env.get("LM_LANG");
        return lang == null || lang.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(lang);
    }

    // ---- Support: doctor, offline request, support bundle ----

    /** The doctor for this configuration (null when it could not be loaded: {@code configProblem} says why). */
    @Override
    public ConnectivityDoctor doctor(VendorConfig cfg, String configProblem, String apiUrlOverride) {
        return new ConnectivityDoctor(doctorSettings(cfg, configProblem, apiUrlOverride));
    }

    /** Offline request files (and sending them online when {@code settings} has a reachable API). */
    @Override
    public OfflineDeactivation offlineDeactivation(ClientSettings settings) {
        var builder = new OfflineRequestBuilder(settings.auth(), Clock.systemUTC(), UUID::randomUUID,
                "license-manager", BuildInfo.version());
        // The built-in sandbox (on this computer, with its own demo keys) signs demo files LicenseSpring would refuse.
        String keyId = settings.auth().keyId();
        boolean demo = dev.licensemanager.api.UrlPolicy.isLoopback(String.valueOf(java.net.URI.create(settings.baseUrl()).getHost()))
                && (dev.licensemanager.sandbox.SandboxOptions.DEFAULT_API_KEY.equals(keyId)
                || dev.licensemanager.sandbox.SandboxOptions.DEFAULT_CLIENT_ID.equals(keyId));
        return new OfflineDeactivation(builder, client(settings), outcomeHistory(), demo);
    }

    /** The support bundle; {@code cfg} may be null when the configuration could not be loaded. */
    @Override
    public SupportBundle supportBundle(VendorConfig cfg, String configProblem, String apiUrlOverride, Locale locale) {
        List<String> secrets = new ArrayList<>();
        if (cfg != null && cfg.api() != null) {
            if (cfg.api().sharedKey() != null) {
                secrets.add(cfg.api().sharedKey().reveal());
            }
            if (cfg.api().oauthClientSecret() != null) {
                secrets.add(cfg.api().oauthClientSecret().reveal());
            }
        }
        for (String name : List.of("LM_PROXY_PASSWORD", "LM_PASSWORD", "LM_SSO_TOKEN", "LM_SHARED_KEY",
                "LM_CLIENT_SECRET")) {
            secrets.add(env.get(name));
        }
        var redactor = new Redactor(secrets);
        var sources = new BundleSources(cfg, configProblem, env.get("LM_PROXY_PASSWORD") != null, dirs.logs(),
                redactor);
        var doctor = doctor(cfg, configProblem, apiUrlOverride);
        return new SupportBundle(sources,
                () -> cfg == null ? MachineIdentity.failed("?", "no configuration") : machineIdentity(cfg),
                (Function<Cancellation, DoctorReport>) doctor::run, outcomeHistory(),
                new DoctorReportFormat(new DoctorText(locale)));
    }
}
