package dev.licensemanager.ui;

import dev.licensemanager.config.AppDirs;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.ui.main.LicenseActions;
import dev.licensemanager.service.SsoSignIn;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the window needs from the composition root. {@code machine} is slow (hardware facts) and
 * is called off the FX thread; {@code userProductCode} is the demo's user-based product for the account and
 * SSO tabs (null: same product), {@code userProductName} its name; {@code connectionTest} may be null (no "Test connection" button);
 * {@code onExit} releases what the root started (e.g. the demo sandbox).
 */
public record WindowDependencies(VendorConfig config, LicenseActions actions, SsoSignIn sso,
                                 Supplier<MachineIdentity> machine, AppDirs dirs, Locale locale,
                                 Map<String, String> env, String appVersion, String userProductCode,
                                 DemoCredentials demo, ConnectionTest connectionTest, Runnable onExit,
                                 dev.licensemanager.ui.main.SupportTools support,
                                 dev.licensemanager.config.Prefill prefill, String userProductName) {

    /** Without support tools (no offline request, bundle or summary) and without prefill. */
    public WindowDependencies(VendorConfig config, LicenseActions actions, SsoSignIn sso,
                              Supplier<MachineIdentity> machine, AppDirs dirs, Locale locale,
                              Map<String, String> env, String appVersion, String userProductCode,
                              DemoCredentials demo, ConnectionTest connectionTest, Runnable onExit) {
        this(config, actions, sso, machine, dirs, locale, env, appVersion, userProductCode, demo, connectionTest,
                onExit, null, null, null);
    }

    public WindowDependencies withSupport(dev.licensemanager.ui.main.SupportTools tools) {
        return new WindowDependencies(config, actions, sso, machine, dirs, locale, env, appVersion, userProductCode,
                demo, connectionTest, onExit, tools, prefill, userProductName);
    }

    /** Fields filled from window arguments or a link; a product code there replaces the configured one. */
    public WindowDependencies withPrefill(dev.licensemanager.config.Prefill p) {
        return new WindowDependencies(config, actions, sso, machine, dirs, locale, env, appVersion, userProductCode,
                demo, connectionTest, onExit, support, p, userProductName);
    }

    /** The name of the product the account and SSO tabs use ({@code userProductCode}), e.g. the demo seed's. */
    public WindowDependencies withUserProductName(String name) {
        return new WindowDependencies(config, actions, sso, machine, dirs, locale, env, appVersion, userProductCode,
                demo, connectionTest, onExit, support, prefill, name);
    }

    /** The connectivity doctor as the window runs it: blocking, cancellable, returns the report text. */
    @FunctionalInterface
    public interface ConnectionTest {
        String run(dev.licensemanager.common.Cancellation cancel);
    }

    /** What the demo sandbox accepts, shown as a hint in demo mode (null otherwise). */
    public record DemoCredentials(String licenseKey, String username, String password, String accountCode) {
    }
}
