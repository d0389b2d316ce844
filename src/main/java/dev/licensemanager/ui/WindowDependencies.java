package dev.licensemanager.ui;

import dev.licensemanager.config.AppDirs;
import dev.licensemanager.config.Prefill;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.ComputerLicenses;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.ProductNames;
import dev.licensemanager.service.SsoSignIn;
import dev.licensemanager.ui.common.ConnectionTest;
import dev.licensemanager.ui.common.LicenseActions;
import dev.licensemanager.ui.main.SupportTools;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the window needs from the composition root. {@code machine} is slow (hardware facts) and
 * is called off the FX thread; {@code userProductCode} is the demo's user-based product for the account and
 * SSO tabs (null: same product), {@code userProductName} its name (null: the code stands for it);
 * {@code connectionTest} may be null (no "Test connection" button);
 * {@code onExit} releases what the root started (e.g. the demo sandbox); {@code support} may be null (no offline
 * request, bundle or summary); {@code prefill} holds fields given on the command line or in a link (may be null);
 * {@code computerLicenses} lists and frees "Licenses on this computer" (null: manual entry only);
 * {@code productNames} asks the server for the names of products the configuration leaves unnamed (null: the codes
 * stand for them).
 * Built with {@link #builder(VendorConfig)}; {@link #toBuilder()} changes one part of an existing one.
 */
public record WindowDependencies(VendorConfig config, LicenseActions actions, SsoSignIn sso,
                                 Supplier<MachineIdentity> machine, AppDirs dirs, Locale locale,
                                 Map<String, String> env, String appVersion, String userProductCode,
                                 DemoCredentials demo, ConnectionTest connectionTest, Runnable onExit,
                                 SupportTools support, Prefill prefill, ComputerLicenses computerLicenses,
                                 String userProductName, ProductNames productNames) {

    public static Builder builder(VendorConfig config) {
        return new Builder(config);
    }

    public Builder toBuilder() {
        Builder b = new Builder(config);
        b.actions = actions;
        b.sso = sso;
        b.machine = machine;
        b.dirs = dirs;
        b.locale = locale;
        b.env = env;
        b.appVersion = appVersion;
        b.userProductCode = userProductCode;
        b.demo = demo;
        b.connectionTest = connectionTest;
        b.onExit = onExit;
        b.support = support;
        b.prefill = prefill;
        b.computerLicenses = computerLicenses;
        b.userProductName = userProductName;
        b.productNames = productNames;
        return b;
    }

    public WindowDependencies withSupport(SupportTools tools) {
        return toBuilder().support(tools).build();
    }

    /** Fields filled from window arguments or a link; a product code there replaces the configured one. */
    public WindowDependencies withPrefill(Prefill p) {
        return toBuilder().prefill(p).build();
    }

    /** With "Licenses on this computer" (the window's first screen). */
    public WindowDependencies withComputerLicenses(ComputerLicenses c) {
        return toBuilder().computerLicenses(c).build();
    }

    /** What the demo sandbox accepts, shown as a hint in demo mode (null otherwise). */
    public record DemoCredentials(String licenseKey, String username, String password, String accountCode) {
    }

    /** Named parts instead of fourteen positional arguments; unset parts are null (locale: English, env: empty). */
    public static final class Builder {
        private final VendorConfig config;
        private LicenseActions actions;
        private SsoSignIn sso;
        private Supplier<MachineIdentity> machine;
        private AppDirs dirs;
        private Locale locale = Locale.ENGLISH;
        private Map<String, String> env = Map.of();
        private String appVersion;
        private String userProductCode;
        private DemoCredentials demo;
        private ConnectionTest connectionTest;
        private Runnable onExit = () -> { };
        private SupportTools support;
        private Prefill prefill;
        private ComputerLicenses computerLicenses;
        private String userProductName;
        private ProductNames productNames;

        private Builder(VendorConfig config) {
            this.config = config;
        }

        public Builder actions(LicenseActions v) {
            actions = v;
            return this;
        }

        public Builder sso(SsoSignIn v) {
            sso = v;
            return this;
        }

        public Builder machine(Supplier<MachineIdentity> v) {
            machine = v;
            return this;
        }

        public Builder dirs(AppDirs v) {
            dirs = v;
            return this;
        }

        public Builder locale(Locale v) {
            locale = v;
            return this;
        }

        public Builder env(Map<String, String> v) {
            env = v;
            return this;
        }

        public Builder appVersion(String v) {
            appVersion = v;
            return this;
        }

        public Builder userProductCode(String v) {
            userProductCode = v;
            return this;
        }

        public Builder demo(DemoCredentials v) {
            demo = v;
            return this;
        }

        public Builder connectionTest(ConnectionTest v) {
            connectionTest = v;
            return this;
        }

        public Builder onExit(Runnable v) {
            onExit = v;
            return this;
        }

        public Builder support(SupportTools v) {
            support = v;
            return this;
        }

        public Builder prefill(Prefill v) {
            prefill = v;
            return this;
        }

        public Builder computerLicenses(ComputerLicenses v) {
            computerLicenses = v;
            return this;
        }

        public Builder userProductName(String v) {
            userProductName = v;
            return this;
        }

        public Builder productNames(ProductNames v) {
            productNames = v;
            return this;
        }

        public WindowDependencies build() {
            return new WindowDependencies(config, actions, sso, machine, dirs, locale, env, appVersion,
                    userProductCode, demo, connectionTest, onExit, support, prefill, computerLicenses,
                    userProductName, productNames);
        }
    }
}
