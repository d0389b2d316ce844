package dev.licensemanager.service;

/**
 * How a listed seat is freed, the way LicenseSpring's SDKs do it: {@code deactivate_license} (node-locked, key or
 * user without password), {@code deactivate_bundle} (a bundle), or {@code floating/release} (floating cloud, borrowed
 * or not). The window labels the button "Deactivate" for the first two and "Release" for the last.
 */
public enum FreeMethod {
    DEACTIVATE("deactivate", "deactivate_license"), DEACTIVATE_BUNDLE("deactivate_bundle", "deactivate_bundle"),
    RELEASE("release", "floating/release");

    private final String action;
    private final String endpoint;

    FreeMethod(String action, String endpoint) {
        this.action = action;
        this.endpoint = endpoint;
    }

    /** The License API call that frees the seat (for receipts): deactivate_license, deactivate_bundle, floating/release. */
    public String endpoint() {
        return endpoint;
    }

    /** The action name used in history, receipts and the CLI's JSON. */
    public String action() {
        return action;
    }
}
