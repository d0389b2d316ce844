package dev.licensemanager.ui;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.SsoSignIn;
import dev.licensemanager.ui.common.LicenseActions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds window dependencies for view tests. */
public final class TestWindows {
    public static final MachineIdentity MACHINE = new MachineIdentity("3f9a1c77e2b54d0c9a8e6b1d2c3f4a5b",
            "linux-machine-id", null, List.of("running in a container"), "From /etc/machine-id, hashed.");

    public static final WindowDependencies.DemoCredentials DEMO = new WindowDependencies.DemoCredentials(
            "DEMO-KEY-1111-2222", "alice@example.com", "demo-password", "demo-corp");

    private TestWindows() {
    }

    public static VendorConfig config(String product, Set<String> kinds, String ssoGrant, boolean bundle) {
        return new VendorConfig(new VendorConfig.Product(product, "Demo Product", bundle),
                new VendorConfig.Api(null, null, null, null, null, null, null, null, null), null,
                new VendorConfig.Sso("demo-account", dev.licensemanager.config.SsoGrant.parse(ssoGrant), 0, "/callback"), kinds, null, null, null, List.of(),
                true);
    }

    public static WindowDependencies deps(VendorConfig cfg, LicenseActions actions, SsoSignIn sso,
                                          MachineIdentity machine, Map<String, String> env) {
        return deps(cfg, actions, sso, machine, env, Locale.ENGLISH);
    }

    public static WindowDependencies deps(VendorConfig cfg, LicenseActions actions, SsoSignIn sso,
                                          MachineIdentity machine, Map<String, String> env, Locale locale) {
        return WindowDependencies.builder(cfg).actions(actions).sso(sso).machine(() -> machine).locale(locale)
                .env(env).appVersion("0.1.0-test").demo(DEMO)
                .connectionTest(cancel -> "Connection test — all good").build();
    }
}
