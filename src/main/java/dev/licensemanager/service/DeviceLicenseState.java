package dev.licensemanager.service;

import java.util.Locale;

/** What a listed license looks like on this computer; {@link #jsonName()} is the CLI's {@code state} value. */
public enum DeviceLicenseState {
    ACTIVE, FLOATING_IN_USE, BORROWED, INACTIVE, EXPIRED, DISABLED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
