package dev.licensemanager.app;

import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.Secret;
import dev.licensemanager.config.BuildInfo;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.ProxyMode;
import dev.licensemanager.config.SsoGrant;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.sandbox.SandboxDemo;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.ui.WindowDependencies;

/**
 * The window's part of the composition root. The window is built from what is cheap to know (configuration,
 * demo credentials, language); its services come through {@link DeferredServices} and are built by
 * {@link Prepared#startServices()}, which the launcher calls once the first frame is up. The hardware ID is
 * computed once, later, off the FX thread. In demo mode the built-in sandbox stands in for LicenseSpring and
 * stops when the window closes. Split out of {@link CompositionRoot} to keep each class to one job; it
 * constructs only through the root.
 */
final class WindowWiring {
    private final CompositionRoot root;

    WindowWiring(CompositionRoot root) {
        this.root = root;
    }

    /** The window's dependencies, and the starter of the services behind them. */
    record Prepared(WindowDependencies deps, DeferredServices services, java.util.concurrent.Callable<DeferredServices.Ready> build) {
        /** Builds the services on a daemon thread (idempotent); calls made before they are ready wait for them. */
        Prepared startServices() {
            services.start(build);
            return this;
        }

        /** Fields filled from window arguments or a link. */
        Prepared withPrefill(dev.licensemanager.config.Prefill p) {
            return new Prepared(deps.withPrefill(p), services, build);
        }
    }

    /**
     * Checks what can be checked cheaply (a vendor configuration's API URL, credentials, public key, CA file),
     * so a broken configuration still fails before any window, then returns the deferred wiring.
     */
    Prepared prepare(VendorConfig cfg, Runnable onExit) throws ConfigException {
        if (cfg.demo()) {
            return demo(cfg, onExit);
        }
        root.checkClientSettings(cfg);
        return wire(cfg, null, null, null, onExit, () -> ready(cfg, null, null));
    }

    private Prepared wire(VendorConfig cfg, String userProduct, String userProductName,
                          WindowDependencies.DemoCredentials demo, Runnable onExit,
                          java.util.concurrent.Callable<DeferredServices.Ready> build) {
        DeferredServices services = new DeferredServices(grant(cfg));
        java.util.function.Supplier<MachineIdentity> machine = memoize(() -> root.machineIdentity(cfg));
        WindowDependencies deps = WindowDependencies.builder(cfg).actions(services.actions()).sso(services.sso())
                .machine(machine).dirs(root.dirs()).locale(root.locale()).env(root.env())
                .appVersion(BuildInfo.version()).userProductCode(userProduct).demo(demo)
                .connectionTest(services.connectionTest()).support(services.support())
                .onExit(() -> {
                    services.close();
                    onExit.run();
                }).computerLicenses(services.computerLicenses(cfg.discovery().enabled()))
                .userProductName(userProductName).productNames(services.productNames()).build();
        return new Prepared(deps, services, build);
    }

    /** The real services for a configuration whose API part is complete (trust store, client: built once here). */
    private DeferredServices.Ready ready(VendorConfig cfg, String userProduct, Runnable close) throws ConfigException {
        dev.licensemanager.api.ClientSettings settings = root.clientSettings(cfg, null, null);
        LicenseApiClient client = root.client(settings);
        DeactivationService service = root.deactivationService(client);
        String ssoProduct = userProduct != null ? userProduct : cfg.product() == null ? null : cfg.product().code();
        var bundle = root.supportBundle(cfg, null, null, root.locale());
        return new DeferredServices.Ready(dev.licensemanager.ui.common.LicenseActions.of(service),
                root.ssoSignIn(client, ssoProduct, cfg),
                dev.licensemanager.ui.main.SupportTools.of(root.offlineDeactivation(settings), bundle, root.locale()),
                connectionTest(cfg, bundle), close == null ? () -> { } : close,
                root.computerLicenses(client, cfg), root.productNames(client));
    }

    /**
     * Demo mode: the window shows the built-in seed's products and credentials at once; the sandbox (RSA key
     * generation, HTTP server) starts with the other services after the first frame.
     */
    private Prepared demo(VendorConfig cfg, Runnable onExit) {
        SandboxDemo.WithNames named = SandboxDemo.builtInWithProductNames();
        SandboxDemo d = named.demo();
        VendorConfig.Sso sso = new VendorConfig.Sso(d.customerAccountCode(),
                cfg.sso() == null || cfg.sso().grant() == null ? SsoGrant.CODE : cfg.sso().grant(), 0, null);
        VendorConfig shown = cfg.toBuilder().product(new VendorConfig.Product(d.keyProduct(),
                        named.nameOf(d.keyProduct()), false))
                .sso(sso).proxy(new VendorConfig.Proxy(ProxyMode.NONE, null, 0, null)).demo(true).build();
        var credentials = new WindowDependencies.DemoCredentials(d.licenseKey(), d.username(), d.password(),
                d.customerAccountCode());
        return wire(shown, d.userProduct(), named.nameOf(d.userProduct()), credentials, onExit, () -> {
            dev.licensemanager.sandbox.SandboxServer server = dev.licensemanager.sandbox.SandboxServer.start(
                    dev.licensemanager.sandbox.SandboxOptions.builder().thisMachineHardwareId(root::defaultHardwareId)
                            // Fresh demo licenses every start, but the 2048-bit key only on the first one.
                            .signingKeyFile(root.dirs().home().resolve("demo-sandbox-key.json")).build());
            try {
                VendorConfig live = shown.toBuilder().api(new VendorConfig.Api(server.baseUrl(), server.apiKey(),
                        Secret.of(server.sharedKey()), null, null, null, server.publicKeyPem(), null, null)).build();
                return ready(live, d.userProduct(), server::close);
            } catch (ConfigException | RuntimeException e) {
                server.close();
                throw e;
            }
        });
    }

    private static CredentialKind grant(VendorConfig cfg) {
        return CredentialKind.forSsoGrant(cfg.sso() == null ? null : cfg.sso().grant());
    }

    /**
     * The window's "Test connection": the support tools' doctor, as text in the user's language. Its report also
     * feeds the "Connectivity:" line of the next "Copy summary".
     */
    private dev.licensemanager.ui.common.ConnectionTest connectionTest(VendorConfig cfg,
                                                                       dev.licensemanager.service.support.SupportBundle bundle) {
        var format = new dev.licensemanager.service.doctor.DoctorReportFormat(
                new dev.licensemanager.service.doctor.DoctorText(root.locale()));
        return cancel -> {
            var report = root.doctor(cfg, null, null).run(cancel);
            bundle.remember(report);
            return format.toText(report);
        };
    }

    private static <T> java.util.function.Supplier<T> memoize(java.util.function.Supplier<T> s) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
