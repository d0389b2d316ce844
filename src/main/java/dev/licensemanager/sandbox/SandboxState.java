package dev.licensemanager.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's mutable data, built from a {@link Seed}. Not thread-safe by itself: every read or write
 * happens while holding this object's monitor (see {@link LicenseOps}), so seat counting is exact.
 */
final class SandboxState {
    private final Map<String, Seed.Product> products = new LinkedHashMap<>();
    private final Map<Long, LicenseRec> licenses = new LinkedHashMap<>();
    private final Map<String, Seed.User> usersByEmail = new LinkedHashMap<>();
    private final Map<String, Seed.CustomerAccount> accounts = new LinkedHashMap<>();
    private final Seed.Demo demo;
    private long nextDeviceId = 1;
    private long version;

    SandboxState(Seed seed) {
        this(seed, java.time.Instant.now());
    }

    /** {@code now} stands for a floating device's last check when the seed gives none. */
    SandboxState(Seed seed, java.time.Instant now) {
        for (Seed.Product p : seed.products()) {
            if (p.shortCode() == null || p.shortCode().isBlank()) {
                throw new IllegalArgumentException("seed product " + p.id() + ": field 'short_code' is required");
            }
            if (p.authorizationMethod() != null && !p.authorizationMethod().equals("license-key")
                    && !p.authorizationMethod().equals("user")) {
                throw new IllegalArgumentException("seed product " + p.shortCode()
                        + ": field 'authorization_method' must be license-key or user");
            }
            products.put(p.shortCode(), p);
        }
        for (Seed.License l : seed.licenses()) {
            if (!products.containsKey(l.product())) {
                throw new IllegalArgumentException("seed license " + l.id() + ": field 'product' refers to unknown product "
                        + l.product());
            }
            Validity.parse(l.validityPeriod()); // fails now, not on the first request
            Validity.parse(l.startDate());
            licenses.put(l.id(), new LicenseRec(l));
        }
        seed.users().forEach(u -> usersByEmail.put(u.email().toLowerCase(Locale.ROOT), u));
        seed.customerAccounts().forEach(a -> accounts.put(a.code(), a));
        for (Seed.Device d : seed.devices()) {
            LicenseRec lic = licenses.get(d.licenseId());
            if (lic == null) {
                throw new IllegalArgumentException("seed device: field 'license_id' refers to unknown license_id "
                        + d.licenseId());
            }
            long id = d.id() != null ? d.id() : nextDeviceId;
            nextDeviceId = Math.max(nextDeviceId, id + 1);
            DeviceRec dev = new DeviceRec(id, d.hardwareId());
            dev.active = !Boolean.FALSE.equals(d.active());
            dev.blacklisted = Boolean.TRUE.equals(d.blacklisted());
            dev.lastCheck = d.lastCheck() == null ? now : Validity.parse(d.lastCheck());
            dev.borrowedUntil = Validity.parse(d.borrowedUntil());
            lic.devices.add(dev);
            if (dev.active) {
                lic.active = true;
            }
        }
        this.demo = seed.demo();
    }

    Optional<Seed.Product> product(String shortCode) {
        return Optional.ofNullable(products.get(shortCode));
    }

    List<Seed.Product> products() {
        return List.copyOf(products.values());
    }

    Optional<LicenseRec> license(long id) {
        return Optional.ofNullable(licenses.get(id));
    }

    List<LicenseRec> licenses() {
        return List.copyOf(licenses.values());
    }

    Optional<Seed.User> user(String email) {
        return email == null ? Optional.empty() : Optional.ofNullable(usersByEmail.get(email.toLowerCase(Locale.ROOT)));
    }

    List<Seed.User> users() {
        return List.copyOf(usersByEmail.values());
    }

    Optional<Seed.CustomerAccount> account(String code) {
        return Optional.ofNullable(accounts.get(code));
    }

    Seed.Demo demo() {
        return demo;
    }

    DeviceRec newDevice(LicenseRec lic, String hardwareId) {
        DeviceRec dev = new DeviceRec(nextDeviceId++, hardwareId);
        lic.devices.add(dev);
        return dev;
    }

    /** Bumped on every change, so persistence knows when there is something to write. */
    void touch() {
        version++;
    }

    long version() {
        return version;
    }

    Seed toSeed(List<FaultSpec> faults) {
        List<Seed.License> lics = new ArrayList<>();
        List<Seed.Device> devs = new ArrayList<>();
        for (LicenseRec l : licenses.values()) {
            lics.add(l.export());
            for (DeviceRec d : l.devices) {
                devs.add(new Seed.Device(d.id, l.base.id(), d.hardwareId, d.active, d.blacklisted ? Boolean.TRUE : null,
                        l.floatingCloud() ? Validity.format(d.lastCheck) : null, Validity.format(d.borrowedUntil)));
            }
        }
        return new Seed(List.copyOf(products.values()), lics, List.copyOf(usersByEmail.values()),
                List.copyOf(accounts.values()), devs, faults, demo, null);
    }

    /** One license with its devices. {@code times_activated} is derived from the active devices, so it cannot drift. */
    static final class LicenseRec {
        final Seed.License base;
        final List<DeviceRec> devices = new ArrayList<>();
        boolean active;
        int transferCount;

        LicenseRec(Seed.License base) {
            this.base = base;
            this.active = Boolean.TRUE.equals(base.active());
            this.transferCount = base.transferCount() == null ? 0 : base.transferCount();
        }

        long id() {
            return base.id();
        }

        boolean enabled() {
            return !Boolean.FALSE.equals(base.enabled());
        }

        boolean unlimited() {
            return Boolean.TRUE.equals(base.allowUnlimitedActivations());
        }

        int maxActivations() {
            return base.maxActivations() == null ? 1 : base.maxActivations();
        }

        /** null = no transfer limit. */
        Integer maxTransfers() {
            return base.maxTransfers();
        }

        boolean preventTransfer() {
            return Boolean.TRUE.equals(base.preventTransfer());
        }

        boolean floatingCloud() {
            return Boolean.TRUE.equals(base.floatingCloud());
        }

        int floatingUsers() {
            return base.floatingUsers() == null ? 1 : base.floatingUsers();
        }

        /** Minutes a floating seat stays taken after the last check. */
        int floatingTimeout() {
            return base.floatingTimeout() == null ? 30 : base.floatingTimeout();
        }

        int timesActivated() {
            return (int) devices.stream().filter(d -> d.active).count();
        }

        Optional<DeviceRec> device(String hardwareId) {
            return devices.stream().filter(d -> d.hardwareId.equals(hardwareId)).findFirst();
        }

        Seed.License export() {
            Seed.License b = base;
            return new Seed.License(b.id(), b.product(), b.licenseKey(), b.user(), b.enabled(), active,
                    b.maxActivations(), b.allowUnlimitedActivations(), b.maxTransfers(), transferCount,
                    b.preventTransfer(), b.validityPeriod(), b.licenseType(), b.preventVm(), b.bundleLicenseId(),
                    b.isTrial(), b.startDate(), b.floatingCloud(), b.floatingUsers(), b.floatingTimeout(), b.canBorrow(),
                    b.maxBorrowTime());
        }
    }

    /** A device record on a license. */
    static final class DeviceRec {
        final long id;
        final String hardwareId;
        boolean active;
        boolean blacklisted;
        /** Floating cloud only: the last activation or check, and the end of a borrow (null = not borrowed). */
        java.time.Instant lastCheck;
        java.time.Instant borrowedUntil;

        DeviceRec(long id, String hardwareId) {
            this.id = id;
            this.hardwareId = hardwareId;
        }
    }
}
