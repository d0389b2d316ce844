package dev.licensemanager.service;

import dev.licensemanager.api.DeviceLicenseItem;

/** Turns a listed item into a {@link DeviceLicense}: how to free it and what state to show. */
final class DeviceLicenseMapping {
    private DeviceLicenseMapping() {
    }

    static DeviceLicense from(DeviceLicenseItem i, String hardwareId) {
        boolean user = i.userBased();
        FreeMethod method = i.bundle() ? FreeMethod.DEACTIVATE_BUNDLE
                : i.floatingCloud() ? FreeMethod.RELEASE : FreeMethod.DEACTIVATE;
        return new DeviceLicense(i.shortCode(), i.productName(), i.id(), i.licenseType(),
                user ? null : i.licenseKey(), user ? i.userEmail() : null, i.floatingCloud(),
                i.borrowed() ? i.borrowedUntil() : null, state(i), method, i.bundle() ? null : i.bundleCode(),
                hardwareId);
    }

    static DeviceLicenseState state(DeviceLicenseItem i) {
        if (!i.licenseEnabled()) {
            return DeviceLicenseState.DISABLED;
        }
        if (i.expired()) {
            return DeviceLicenseState.EXPIRED;
        }
        if (i.floatingCloud() && i.borrowed()) {
            return DeviceLicenseState.BORROWED;
        }
        if (!i.licenseActive()) {
            return DeviceLicenseState.INACTIVE;
        }
        return i.floatingCloud() ? DeviceLicenseState.FLOATING_IN_USE : DeviceLicenseState.ACTIVE;
    }
}
