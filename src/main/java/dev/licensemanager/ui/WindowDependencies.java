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
 * SSO tabs (null: same product); {@code onExit} releases what the root started (e.g. the demo sandbox).
 */
public record WindowDependencies(VendorConfig config, LicenseActions actions, SsoSignIn sso,
                                 Supplier<MachineIdentity> machine, AppDirs dirs, Locale locale,
                                 Map<String, String> env, String appVersion, String userProductCode,
                                 DemoCredentials demo, Runnable onExit) {

    /** What the demo sandbox accepts, shown as a hint in demo mode (null otherwise). */
    public record DemoCredentials(String licenseKey, String username, String password, String accountCode) {
    }
}
