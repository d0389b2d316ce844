package dev.licensemanager.sandbox;

import dev.licensemanager.sandbox.SandboxState.DeviceRec;
import dev.licensemanager.sandbox.SandboxState.LicenseRec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON bodies (as ordered maps) of activate/check/user_licenses/product_details. Call with the state monitor held. */
final class LicenseViews {
    private final SandboxState state;
    private final SigningKeys keys;

    LicenseViews(SandboxState state, SigningKeys keys) {
        this.state = state;
        this.keys = keys;
    }

    /** The activate_license / check_license object for one license and one device. */
    Map<String, Object> licenseBody(LicenseRec lic, Seed.Product product, DeviceRec device, Instant now, boolean check) {
        Seed.License b = lic.base;
        String validity = Validity.format(Validity.parse(b.validityPeriod()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", lic.id());
        m.put("license_key", b.licenseKey());
        m.put("license_type", b.licenseType() == null ? "perpetual" : b.licenseType());
        m.put("hardware_id", device.hardwareId);
        m.put("device_id", device.id);
        m.put("request", check ? "check" : "activation");
        m.put("active", lic.active);
        m.put("validity_period", validity);
        m.put("is_expired", Validity.expired(b.validityPeriod(), now));
        m.put("start_date", b.startDate());
        m.put("is_trial", Boolean.TRUE.equals(b.isTrial()));
        m.put("trial_days", 0);
        m.put("max_activations", lic.maxActivations());
        m.put("times_activated", lic.timesActivated());
        m.put("allow_unlimited_activations", lic.unlimited());
        m.put("transfer_count", lic.transferCount);
        m.put("max_transfers", lic.maxTransfers() == null ? 0 : lic.maxTransfers());
        m.put("prevent_transfer", lic.preventTransfer());
        putFloating(m, lic);
        m.put("allow_offline_activation", !lic.floatingCloud());
        m.put("is_air_gapped", false);
        m.put("is_hardware_key_auth", false);
        m.put("prevent_vm", preventVm(lic, product));
        m.put("enable_maintenance_period", false);
        m.put("maintenance_period", null);
        m.put("allow_grace_period", false);
        m.put("grace_period", 0);
        m.put("allow_overages", false);
        m.put("max_overages", 0);
        m.put("metadata", Map.of());
        m.put("order_store_id", "sandbox-order-" + lic.id());
        m.put("company", Map.of("id", 1));
        m.put("product_details", productSummary(product));
        Seed.User user = state.user(b.user()).orElse(null);
        m.put("customer", customer(user));
        if (user != null) {
            m.put("user", user(user));
        }
        m.put("product_features", List.of());
        m.put("custom_fields", List.of());
        m.put("variables", List.of());
        m.put("installation_file", null);
        if (check) {
            m.put("license_active", lic.active);
            m.put("license_enabled", lic.enabled());
            putBorrow(m, lic, device, now);
            m.put("floating_in_use_devices", lic.floatingCloud() ? FloatingPool.seatsInUse(lic, now) : 0);
        }
        String id = user != null ? user.email() : b.licenseKey() == null ? "" : b.licenseKey();
        m.put("license_signature", keys.licenseSignatureV1(device.hardwareId, id, validity == null ? "" : validity));
        return m;
    }

    /**
     * One element of the device_licenses array: the license object (as in user_licenses and check_license) with
     * the key or the user, the floating and borrow state for {@code device}, and {@code product_details}; a bundle
     * license carries {@code is_bundle: true} (our documented guess at how the server marks one).
     */
    Map<String, Object> deviceLicense(LicenseRec lic, Seed.Product product, DeviceRec device, Instant now) {
        Seed.License b = lic.base;
        Seed.User user = state.user(b.user()).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", lic.id());
        m.put("order_store_id", "sandbox-order-" + lic.id());
        // A bundle is listed because one of its licenses is active on this device.
        m.put("license_active", lic.active || Boolean.TRUE.equals(product.bundle()));
        m.put("license_enabled", lic.enabled());
        m.put("license_type", b.licenseType() == null ? "perpetual" : b.licenseType());
        if (user == null) {
            m.put("license_key", b.licenseKey());
        }
        m.put("is_trial", Boolean.TRUE.equals(b.isTrial()));
        m.put("validity_period", Validity.format(Validity.parse(b.validityPeriod())));
        m.put("is_expired", Validity.expired(b.validityPeriod(), now));
        m.put("max_activations", lic.maxActivations());
        m.put("allow_unlimited_activations", lic.unlimited());
        m.put("times_activated", lic.timesActivated());
        m.put("start_date", b.startDate());
        m.put("transfer_count", lic.transferCount);
        m.put("max_transfers", lic.maxTransfers() == null ? 0 : lic.maxTransfers());
        putFloating(m, lic);
        putBorrow(m, lic, device, now);
        m.put("device_id", device.id);
        m.put("is_air_gapped", false);
        m.put("is_hardware_key_auth", false);
        m.put("prevent_vm", preventVm(lic, product));
        m.put("is_bundle", Boolean.TRUE.equals(product.bundle()));
        m.put("custom_fields", List.of());
        m.put("product_features", List.of());
        m.put("customer", customer(user));
        if (user != null) {
            m.put("user", user(user));
        }
        Map<String, Object> details = productSummary(product);
        details.put("is_bundle", Boolean.TRUE.equals(product.bundle()));
        m.put("product_details", details);
        return m;
    }

    private static void putFloating(Map<String, Object> m, LicenseRec lic) {
        boolean cloud = lic.floatingCloud();
        m.put("is_floating", false); // LicenseSpring's flag for on-premises floating servers
        m.put("is_floating_cloud", cloud);
        m.put("floating_timeout", cloud ? lic.floatingTimeout() : 0);
        m.put("floating_users", cloud ? lic.floatingUsers() : 0);
        m.put("can_borrow", cloud && Boolean.TRUE.equals(lic.base.canBorrow()));
        m.put("max_borrow_time", cloud && lic.base.maxBorrowTime() != null ? lic.base.maxBorrowTime() : 0);
    }

    private static void putBorrow(Map<String, Object> m, LicenseRec lic, DeviceRec device, Instant now) {
        boolean borrowed = lic.floatingCloud() && device.borrowedUntil != null && now.isBefore(device.borrowedUntil);
        m.put("is_borrowed", borrowed);
        m.put("borrowed_until", borrowed ? Validity.format(device.borrowedUntil) : null);
    }

    /** One element of the user_licenses array. */
    Map<String, Object> userLicense(LicenseRec lic, Seed.User user) {
        Seed.License b = lic.base;
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", lic.id());
        l.put("license_active", lic.active);
        l.put("license_enabled", lic.enabled());
        l.put("license_type", b.licenseType() == null ? "perpetual" : b.licenseType());
        l.put("is_trial", Boolean.TRUE.equals(b.isTrial()));
        l.put("max_license_users", 1);
        l.put("validity_period", Validity.format(Validity.parse(b.validityPeriod())));
        l.put("max_activations", lic.maxActivations());
        l.put("allow_unlimited_activations", lic.unlimited());
        l.put("times_activated", lic.timesActivated());
        l.put("transfer_count", lic.transferCount);
        l.put("max_transfers", lic.maxTransfers() == null ? 0 : lic.maxTransfers());
        l.put("prevent_vm", Boolean.TRUE.equals(b.preventVm()));
        l.put("is_floating", false);
        l.put("is_floating_cloud", false);
        l.put("floating_timeout", 0);
        l.put("can_borrow", false);
        l.put("max_borrow_time", 0);
        l.put("product_features", List.of());
        l.put("custom_fields", List.of());
        l.put("customer", customer(user));
        l.put("product_details", state.product(b.product()).map(this::productSummary).orElse(null));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("license", l);
        m.put("user", user(user));
        return m;
    }

    Map<String, Object> productDetails(Seed.Product p, boolean latestVersion, boolean customFields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product_id", p.id() == null ? Math.abs(p.shortCode().hashCode()) : p.id());
        m.put("product_name", p.name());
        m.put("short_code", p.shortCode());
        m.put("authorization_method", p.userBased() ? "user" : "license-key");
        m.put("allow_trial", false);
        m.put("trial_days", 0);
        m.put("floating_timeout", 0);
        m.put("allow_overages", false);
        m.put("max_overages", 0);
        m.put("prevent_vm", Boolean.TRUE.equals(p.preventVm()));
        m.put("metadata", Map.of());
        m.put("company", Map.of("id", 1));
        if (latestVersion) {
            m.put("latest_version", null);
        }
        if (customFields) {
            m.put("custom_fields", List.of());
        }
        return m;
    }

    static boolean preventVm(LicenseRec lic, Seed.Product product) {
        return Boolean.TRUE.equals(lic.base.preventVm()) || Boolean.TRUE.equals(product.preventVm());
    }

    private Map<String, Object> productSummary(Seed.Product p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product_id", p.id() == null ? Math.abs(p.shortCode().hashCode()) : p.id());
        m.put("product_name", p.name());
        m.put("short_code", p.shortCode());
        m.put("authorization_method", p.userBased() ? "user" : "license-key");
        m.put("metadata", Map.of());
        return m;
    }

    private Map<String, Object> customer(Seed.User user) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", user == null ? 1 : user.id());
        c.put("email", user == null ? "customer@example.com" : user.email());
        c.put("first_name", user == null ? "" : user.firstName());
        c.put("last_name", user == null ? "" : user.lastName());
        c.put("company_name", "");
        Seed.CustomerAccount acc = user == null ? null : state.account(user.customerAccount()).orElse(null);
        Map<String, Object> account = null;
        if (acc != null) {
            account = new LinkedHashMap<>();
            account.put("id", acc.id());
            account.put("name", acc.name());
            account.put("code", acc.code());
        }
        c.put("customer_account", account);
        return c;
    }

    private static Map<String, Object> user(Seed.User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("email", u.email());
        m.put("first_name", u.firstName());
        m.put("last_name", u.lastName());
        m.put("phone_number", "");
        m.put("is_initial_password", false);
        return m;
    }
}
