package dev.licensemanager.sandbox;

/** The demo credentials the sandbox prints ("try these"). The secrets are the sandbox's own, never a vendor's. */
public record SandboxDemo(String keyProduct, String licenseKey, String userProduct, String username, String password,
                          String customerAccountCode) {
}
