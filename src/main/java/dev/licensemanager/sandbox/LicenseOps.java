package dev.licensemanager.sandbox;

import dev.licensemanager.sandbox.SandboxState.DeviceRec;
import dev.licensemanager.sandbox.SandboxState.LicenseRec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * License semantics: seats, transfers, prevent-transfer, enabled, validity, blacklist, VMs. Every operation runs
 * under the state's monitor, so concurrent activations can neither lose nor double-count a seat.
 * A "transfer" is an activation of a hardware ID the license has never seen while it holds a deactivated device.
 */
final class LicenseOps {
    /** A device request, already validated. */
    record DeviceCall(String product, Identity identity, Long licenseId, String hardwareId, boolean isVm) {
    }

    private final SandboxState state;
    private final LicenseResolver resolver;
    private final LicenseViews views;
    private final Clock clock;
    private final FloatingPool pool;

    LicenseOps(SandboxState state, LicenseResolver resolver, LicenseViews views, Clock clock) {
        this.state = state;
        this.resolver = resolver;
        this.views = views;
        this.clock = clock;
        this.pool = new FloatingPool(state);
    }

    Map<String, Object> activate(DeviceCall call) {
        synchronized (state) {
            Seed.Product product = resolver.product(call.product(), false);
            LicenseRec lic = resolver.one(product, call.identity(), call.licenseId(), true, null);
            if (lic.floatingCloud()) {
                return floatingCheck(lic, product, call, false);
            }
            Runnable apply = plan(lic, product, call);
            apply.run();
            return views.licenseBody(lic, product, lic.device(call.hardwareId()).orElseThrow(), clock.instant(), false);
        }
    }

    List<Map<String, Object>> activateBundle(DeviceCall call) {
        synchronized (state) {
            Seed.Product bundle = resolver.product(call.product(), true);
            LicenseRec parent = resolver.one(bundle, call.identity(), call.licenseId(), true, null);
            List<LicenseRec> children = children(parent);
            List<Runnable> plans = new ArrayList<>();
            for (LicenseRec child : children) {
                plans.add(plan(child, productOf(child), call));
            }
            plans.forEach(Runnable::run); // all checked first: a bundle activates completely or not at all
            parent.active = true;
            List<Map<String, Object>> out = new ArrayList<>();
            for (LicenseRec child : children) {
                out.add(views.licenseBody(child, productOf(child), child.device(call.hardwareId()).orElseThrow(),
                        clock.instant(), false));
            }
            return out;
        }
    }

    void deactivate(DeviceCall call) {
        synchronized (state) {
            Seed.Product product = resolver.product(call.product(), false);
            LicenseRec lic = resolver.one(product, call.identity(), call.licenseId(), false, call.hardwareId());
            checkUsable(lic, false);
            if (lic.floatingCloud()) {
                pool.expire(lic, clock.instant());
            }
            DeviceRec dev = activeDevice(lic, call.hardwareId());
            dev.active = false;
            dev.borrowedUntil = null;
            state.touch();
        }
    }

    void deactivateBundle(DeviceCall call) {
        synchronized (state) {
            Seed.Product bundle = resolver.product(call.product(), true);
            LicenseRec parent = resolver.one(bundle, call.identity(), call.licenseId(), false, null);
            checkUsable(parent, false);
            List<DeviceRec> devices = new ArrayList<>();
            for (LicenseRec child : children(parent)) {
                child.device(call.hardwareId()).filter(d -> d.active).ifPresent(devices::add);
            }
            if (devices.isEmpty()) {
                throw ApiException.bad("device_not_found", "No active device with this hardware_id.");
            }
            devices.forEach(d -> d.active = false);
            state.touch();
        }
    }

    Map<String, Object> check(DeviceCall call) {
        synchronized (state) {
            Seed.Product product = resolver.product(call.product(), false);
            LicenseRec lic = resolver.one(product, call.identity(), call.licenseId(), false, call.hardwareId());
            if (lic.floatingCloud()) {
                return floatingCheck(lic, product, call, true); // a check takes a floating seat, as LicenseSpring does
            }
            checkUsable(lic, true);
            DeviceRec dev = activeDevice(lic, call.hardwareId());
            if (dev.blacklisted) {
                throw ApiException.bad("blacklisted", "This device is blacklisted.");
            }
            return views.licenseBody(lic, product, dev, clock.instant(), true);
        }
    }

    List<Map<String, Object>> userLicenses(String productCode, Identity identity) {
        synchronized (state) {
            Seed.Product product = resolver.product(productCode, false);
            if (identity instanceof Identity.Key) {
                throw ApiException.bad("validation_error", "user_licenses needs username, id_token or code.");
            }
            String email = resolver.userEmail(identity, true);
            Seed.User user = state.user(email).orElseThrow();
            return state.licenses().stream()
                    .filter(l -> product.shortCode().equals(l.base.product()) && email.equalsIgnoreCase(l.base.user()))
                    .map(l -> views.userLicense(l, user))
                    .toList();
        }
    }

    /** {@code floating/release}: frees this device's floating cloud seat (borrowed or not). */
    void release(DeviceCall call) {
        synchronized (state) {
            LicenseRec lic = floatingLicense(call);
            checkUsable(lic, false);
            pool.release(lic, call.hardwareId(), clock.instant());
        }
    }

    /** {@code floating/borrow}: holds this device's seat until {@code borrowedUntil}. */
    Map<String, Object> borrow(DeviceCall call, String borrowedUntil) {
        synchronized (state) {
            LicenseRec lic = floatingLicense(call);
            checkUsable(lic, true);
            DeviceRec dev = pool.borrow(lic, call.hardwareId(), borrowedUntil, clock.instant());
            return views.licenseBody(lic, productOf(lic), dev, clock.instant(), true);
        }
    }

    /**
     * {@code device_licenses}: every license {@code hardwareId} holds now (node-locked: an active device; floating
     * cloud: a seat not yet lapsed). A bundle shows once, as its bundle license, instead of its licenses.
     */
    List<Map<String, Object>> deviceLicenses(String hardwareId) {
        synchronized (state) {
            Instant now = clock.instant();
            List<Map<String, Object>> out = new ArrayList<>();
            java.util.Set<Long> bundles = new java.util.LinkedHashSet<>();
            for (LicenseRec lic : state.licenses()) {
                Optional<DeviceRec> dev = lic.device(hardwareId)
                        .filter(d -> lic.floatingCloud() ? FloatingPool.holds(lic, d, now) : d.active);
                if (dev.isEmpty()) {
                    continue;
                }
                if (lic.base.bundleLicenseId() != null) {
                    if (bundles.add(lic.base.bundleLicenseId())) {
                        LicenseRec parent = state.license(lic.base.bundleLicenseId()).orElseThrow();
                        out.add(views.deviceLicense(parent, productOf(parent), dev.get(), now));
                    }
                } else {
                    out.add(views.deviceLicense(lic, productOf(lic), dev.get(), now));
                }
            }
            return out;
        }
    }

    private Map<String, Object> floatingCheck(LicenseRec lic, Seed.Product product, DeviceCall call, boolean check) {
        checkUsable(lic, true);
        DeviceRec dev = pool.take(lic, call.hardwareId(), clock.instant());
        return views.licenseBody(lic, product, dev, clock.instant(), check);
    }

    private LicenseRec floatingLicense(DeviceCall call) {
        Seed.Product product = resolver.product(call.product(), false);
        LicenseRec lic = resolver.one(product, call.identity(), call.licenseId(), false, call.hardwareId());
        if (!lic.floatingCloud()) {
            throw ApiException.bad(SandboxBehaviour.NOT_FLOATING_CODE, "This license is not a floating cloud license.");
        }
        return lic;
    }

    /** Whether the product is user-based (unknown products count as key-based; they fail later with unknown_product). */
    boolean userBased(String productCode) {
        synchronized (state) {
            return state.product(productCode).map(Seed.Product::userBased).orElse(false);
        }
    }

    Map<String, Object> productDetails(String code, boolean latestVersion, boolean customFields) {
        synchronized (state) {
            Seed.Product p = state.product(code).orElseThrow(
                    () -> ApiException.bad("unknown_product", "Product '" + code + "' not found."));
            return views.productDetails(p, latestVersion, customFields);
        }
    }

    /** Checks everything an activation needs and returns the change to apply (so bundles can check all first). */
    private Runnable plan(LicenseRec lic, Seed.Product product, DeviceCall call) {
        checkUsable(lic, true);
        Instant start = Validity.parse(lic.base.startDate());
        if (start != null && clock.instant().isBefore(start)) {
            throw ApiException.bad("license_start_date_error", "The license cannot be activated before "
                    + lic.base.startDate() + ".");
        }
        Optional<DeviceRec> existing = lic.device(call.hardwareId());
        if (existing.isPresent() && existing.get().blacklisted) {
            throw ApiException.bad("blacklisted", "This device is blacklisted.");
        }
        if (call.isVm() && LicenseViews.preventVm(lic, product)) {
            throw ApiException.bad("vm_not_allowed", "Virtual machines are not allowed for this license.");
        }
        if (existing.isPresent() && existing.get().active) {
            return () -> lic.active = true; // already active here: idempotent, no seat taken twice
        }
        if (!lic.unlimited() && lic.timesActivated() >= lic.maxActivations()) {
            throw ApiException.bad("license_activated_max_times", "The license has reached its activation limit.");
        }
        Seed.User user = state.user(lic.base.user()).orElse(null);
        if (user != null && user.maxActivations() != null && userActiveDevices(user) >= user.maxActivations()) {
            throw ApiException.bad("license_user_activated_max_times", "The license user has reached their activation limit.");
        }
        boolean transfer = existing.isEmpty() && lic.devices.stream().anyMatch(d -> !d.active);
        if (transfer && lic.preventTransfer()) {
            throw ApiException.bad("license_transferred_max_times",
                    "This license cannot be transferred to another device.");
        }
        if (transfer && lic.maxTransfers() != null && lic.transferCount >= lic.maxTransfers()) {
            throw ApiException.bad("license_transferred_max_times", "The license has reached its transfer limit.");
        }
        return () -> {
            DeviceRec dev = existing.orElseGet(() -> state.newDevice(lic, call.hardwareId()));
            dev.active = true;
            lic.active = true;
            if (transfer) {
                lic.transferCount++;
            }
            state.touch();
        };
    }

    private void checkUsable(LicenseRec lic, boolean rejectExpired) {
        if (!lic.enabled()) {
            throw ApiException.bad("license_not_enabled", "The license is disabled.");
        }
        Instant now = clock.instant();
        if (rejectExpired && Validity.expired(lic.base.validityPeriod(), now)) {
            if (Boolean.TRUE.equals(lic.base.isTrial())) {
                throw ApiException.bad("trial_expired", "The trial period is over.");
            }
            throw ApiException.bad("license_expired", "The license validity period is over.");
        }
    }

    private int userActiveDevices(Seed.User user) {
        return state.licenses().stream().filter(l -> user.email().equalsIgnoreCase(l.base.user()))
                .mapToInt(LicenseRec::timesActivated).sum();
    }

    private static DeviceRec activeDevice(LicenseRec lic, String hardwareId) {
        if (!lic.active) {
            throw ApiException.bad("license_not_active", "The license is not active.");
        }
        return lic.device(hardwareId).filter(d -> d.active).orElseThrow(
                () -> ApiException.bad("device_not_found", "No active device with this hardware_id."));
    }

    private List<LicenseRec> children(LicenseRec parent) {
        List<LicenseRec> children = state.licenses().stream()
                .filter(l -> l.base.bundleLicenseId() != null && l.base.bundleLicenseId() == parent.id())
                .toList();
        if (children.isEmpty()) {
            throw ApiException.bad("license_not_found", "The bundle license has no licenses.");
        }
        return children;
    }

    private Seed.Product productOf(LicenseRec lic) {
        return state.product(lic.base.product()).orElseThrow(
                () -> ApiException.bad("unknown_product", "Product '" + lic.base.product() + "' not found."));
    }
}
