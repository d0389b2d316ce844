package dev.licensemanager.service;

/**
 * How a listed seat is freed, the way LicenseSpring's SDKs do it: {@code deactivate_license} (node-locked, key or
 * user without password), {@code deactivate_bundle} (a bundle), or {@code floating/release} (floating cloud, borrowed
 * or not). The window labels the button "Deactivate" for the first two and "Release" for the last.
 */
public enum FreeMethod {
    DEACTIVATE("deactivate"), DEACTIVATE_BUNDLE("deactivate_bundle"), RELEASE("release");

    private final String action;

    FreeMethod(String action) {
        this.action = action;
    }

    /** The action name used in history, receipts and the CLI's JSON. */
    public String action() {
        return action;
    }
}
