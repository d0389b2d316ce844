package dev.licensemanager.service;

import java.util.Objects;

/**
 * One license this computer (or the computer with {@link #hardwareId()}) holds, as listed by the server.
 * Everything here may be shown; the full license key is not among the public accessors: it stays inside the
 * service for freeing the seat ({@link #keyLast4()} is what the window and the CLI show).
 */
public final class DeviceLicense {
    private final String product;
    private final String productName;
    private final long licenseId;
    private final String licenseType;
    private final String licenseKey;
    private final String user;
    private final boolean floatingCloud;
    private final String borrowedUntil;
    private final DeviceLicenseState state;
    private final FreeMethod freeMethod;
    private final String bundleCode;
    private final String hardwareId;

    DeviceLicense(String product, String productName, long licenseId, String licenseType, String licenseKey,
                  String user, boolean floatingCloud, String borrowedUntil, DeviceLicenseState state,
                  FreeMethod freeMethod, String bundleCode, String hardwareId) {
        this.product = product;
        this.productName = productName;
        this.licenseId = licenseId;
        this.licenseType = licenseType;
        this.licenseKey = licenseKey;
        this.user = user;
        this.floatingCloud = floatingCloud;
        this.borrowedUntil = borrowedUntil;
        this.state = state;
        this.freeMethod = freeMethod;
        this.bundleCode = bundleCode;
        this.hardwareId = hardwareId;
    }

    /** The product's short code (for a bundle: the bundle's code). */
    public String product() {
        return product;
    }

    /** The product's display name from the server, or the short code when the server sent none. */
    public String productName() {
        return productName == null || productName.isBlank() ? product : productName;
    }

    public long licenseId() {
        return licenseId;
    }

    /** perpetual, time-limited, subscription, consumption… as the server says (may be null). */
    public String licenseType() {
        return licenseType;
    }

    /** "key" or "user": how the license is identified. */
    public String auth() {
        return licenseKey != null ? "key" : "user";
    }

    public boolean userBased() {
        return licenseKey == null;
    }

    /** The last four characters of the key (null for user-based licenses). Never the full key. */
    public String keyLast4() {
        if (licenseKey == null) {
            return null;
        }
        return licenseKey.length() <= 4 ? licenseKey : licenseKey.substring(licenseKey.length() - 4);
    }

    /** The license user's e-mail (null for key-based licenses). */
    public String user() {
        return user;
    }

    /** What identifies the license on screen: {@code …2222} or the user's e-mail. */
    public String shownIdentity() {
        return licenseKey != null ? "…" + keyLast4() : user;
    }

    public boolean floatingCloud() {
        return floatingCloud;
    }

    /** ISO-8601 as the server sent it, or null when not borrowed. */
    public String borrowedUntil() {
        return borrowedUntil;
    }

    public DeviceLicenseState state() {
        return state;
    }

    public FreeMethod freeMethod() {
        return freeMethod;
    }

    /** The hardware ID this license was listed for (and is freed for). */
    public String hardwareId() {
        return hardwareId;
    }

    /** Sent with {@code deactivate_license} when the license came from a bundle (as the SDK does). */
    String bundleCode() {
        return bundleCode;
    }

    /** The full key, for the freeing request only. */
    String licenseKey() {
        return licenseKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceLicense d && d.licenseId == licenseId && d.product.equals(product)
                && Objects.equals(d.hardwareId, hardwareId) && d.freeMethod == freeMethod;
    }

    @Override
    public int hashCode() {
        return Objects.hash(product, licenseId, hardwareId, freeMethod);
    }

    @Override
    public String toString() {
        return "DeviceLicense[" + product + " #" + licenseId + " " + shownIdentity() + " " + state + " "
                + freeMethod.action() + "]";
    }
}
