package dev.licensemanager.app;

import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.Secret;
import dev.licensemanager.config.BuildInfo;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.MachineIdentity;

/**
 * The window's part of the composition root: everything the window needs; the hardware ID is
 * computed once, later, off the FX thread. In demo mode the built-in sandbox stands in for
 * LicenseSpring and stops when the window closes. Split out of {@link CompositionRoot} to keep each
 * class to one job; it constructs only through the root.
 */
final class WindowWiring {
    private final CompositionRoot root;

    WindowWiring(CompositionRoot root) {
        this.root = root;
    }

    dev.licensemanager.ui.WindowDependencies dependencies(VendorConfig cfg, Runnable onExit)
            throws ConfigException {
        if (cfg.demo()) {
            return demoWindowDependencies(cfg, onExit);
        }
        return dependencies(cfg, root.client(root.clientSettings(cfg, null, null)), null, null, onExit);
    }

    private dev.licensemanager.ui.WindowDependencies dependencies(VendorConfig cfg, LicenseApiClient client,
            String userProduct, dev.licensemanager.ui.WindowDependencies.DemoCredentials demo, Runnable onExit)
            throws ConfigException {
        DeactivationService service = root.deactivationService(client);
        java.util.function.Supplier<MachineIdentity> machine = memoize(() -> root.machineIdentity(cfg));
        String ssoProduct = userProduct != null ? userProduct : cfg.product() == null ? null : cfg.product().code();
        return new dev.licensemanager.ui.WindowDependencies(cfg, dev.licensemanager.ui.main.LicenseActions.of(service),
                root.ssoSignIn(client, ssoProduct, cfg), machine, root.dirs(), root.locale(), root.env(), BuildInfo.version(), userProduct,
                demo, connectionTest(cfg), onExit).withSupport(dev.licensemanager.ui.main.SupportTools.of(
                        root.offlineDeactivation(root.clientSettings(cfg, null, null)), root.supportBundle(cfg, null, null, root.locale()),
                        root.locale()));
    }

    private dev.licensemanager.ui.WindowDependencies demoWindowDependencies(VendorConfig cfg, Runnable onExit)
            throws ConfigException {
        dev.licensemanager.sandbox.SandboxServer server = dev.licensemanager.sandbox.SandboxServer.start(
                dev.licensemanager.sandbox.SandboxOptions.builder().thisMachineHardwareId(root::defaultHardwareId)
                        .build());
        dev.licensemanager.sandbox.SandboxDemo d = server.demo();
        VendorConfig demo = new VendorConfig(new VendorConfig.Product(d.keyProduct(), cfg.displayName(), false),
                new VendorConfig.Api(server.baseUrl(), server.apiKey(), Secret.of(server.sharedKey()), null, null, null,
                        server.publicKeyPem(), null, null),
                cfg.hardwareId(), new VendorConfig.Sso(d.customerAccountCode(),
                        cfg.sso() == null || cfg.sso().grant() == null ? "code" : cfg.sso().grant(), 0, null),
                cfg.credentialKinds(), cfg.branding(), cfg.support(), new VendorConfig.Proxy("none", null, 0, null),
                cfg.sources(), true);
        var credentials = new dev.licensemanager.ui.WindowDependencies.DemoCredentials(d.licenseKey(), d.username(),
                d.password(), d.customerAccountCode());
        return dependencies(demo, root.client(root.clientSettings(demo, null, null)), d.userProduct(), credentials, () -> {
            server.close();
            onExit.run();
        });
    }

    /** The window's "Test connection": the support tools' doctor, as text in the user's language. */
    private dev.licensemanager.ui.WindowDependencies.ConnectionTest connectionTest(VendorConfig cfg) {
        var format = new dev.licensemanager.service.doctor.DoctorReportFormat(
                new dev.licensemanager.service.doctor.DoctorText(root.locale()));
        return cancel -> format.toText(root.doctor(cfg, null, null).run(cancel));
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
