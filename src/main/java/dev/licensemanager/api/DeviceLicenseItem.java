package dev.licensemanager.api;

/**
 * One element of the {@code device_licenses} answer: a license this hardware ID holds. {@code licenseKey} is the
 * full key (needed to free the seat); {@link #toString()} shows only its last four characters, so logging this
 * record never leaks it. {@code bundle} is true when the item stands for a whole bundle (freed with
 * {@code deactivate_bundle}); {@code bundleCode} is set when it is a license that came from a bundle (the SDK
 * sends it along when deactivating).
 */
public record DeviceLicenseItem(long id, String licenseType, boolean licenseActive, boolean licenseEnabled,
                                boolean expired, String licenseKey, String userEmail, boolean floating,
                                boolean floatingCloud, Integer floatingTimeout, boolean borrowed,
                                String borrowedUntil, Integer maxActivations, Integer timesActivated,
                                String validityPeriod, String productName, String shortCode,
                                String authorizationMethod, boolean bundle, String bundleCode) {

    /** User-based when the product says so, or when there is a user and no key. */
    public boolean userBased() {
        return "user".equals(authorizationMethod) || (licenseKey == null && userEmail != null);
    }

    @Override
    public String toString() {
        return "DeviceLicenseItem[id=" + id + ", product=" + shortCode + ", type=" + licenseType
                + (licenseKey == null ? "" : ", key=…" + Identity.lastFour(licenseKey))
                + (userEmail == null ? "" : ", user=" + userEmail) + ", floatingCloud=" + floatingCloud
                + ", borrowed=" + borrowed + ", bundle=" + bundle + "]";
    }
}
