package dev.licensemanager.service;

/**
 * An immutable snapshot of what the user entered, taken on the FX thread (or parsed by the CLI).
 * Secrets are char arrays that the service wipes after use; {@link #toString()} never shows them.
 */
public record DeactivationInput(String product, String hardwareId, CredentialKind kind, String licenseKey,
                                String username, char[] password, char[] ssoSecret, String customerAccountCode,
                                String redirectUri, Long licenseId, boolean bundle, String bundleCode,
                                Integer consumptions) {

    public static DeactivationInput licenseKey(String product, String hardwareId, String key) {
        return new DeactivationInput(product, hardwareId, CredentialKind.LICENSE_KEY, key, null, null, null, null,
                null, null, false, null, null);
    }

    public static DeactivationInput user(String product, String hardwareId, String username, char[] password) {
        return new DeactivationInput(product, hardwareId, CredentialKind.USER, null, username, password, null, null,
                null, null, false, null, null);
    }

    public static DeactivationInput sso(String product, String hardwareId, CredentialKind kind, char[] secret,
                                        String customerAccountCode, String redirectUri) {
        return new DeactivationInput(product, hardwareId, kind, null, null, null, secret, customerAccountCode,
                redirectUri, null, false, null, null);
    }

    public DeactivationInput withHardwareId(String id) {
        return new DeactivationInput(product, id, kind, licenseKey, username, password, ssoSecret,
                customerAccountCode, redirectUri, licenseId, bundle, bundleCode, consumptions);
    }

    public DeactivationInput withLicenseId(Long id) {
        return new DeactivationInput(product, hardwareId, kind, licenseKey, username, password, ssoSecret,
                customerAccountCode, redirectUri, id, bundle, bundleCode, consumptions);
    }

    public DeactivationInput withBundle(boolean isBundle, String code) {
        return new DeactivationInput(product, hardwareId, kind, licenseKey, username, password, ssoSecret,
                customerAccountCode, redirectUri, licenseId, isBundle, code, consumptions);
    }

    public DeactivationInput withConsumptions(Integer n) {
        return new DeactivationInput(product, hardwareId, kind, licenseKey, username, password, ssoSecret,
                customerAccountCode, redirectUri, licenseId, bundle, bundleCode, n);
    }

    /** Overwrites the secret characters. */
    public void wipe() {
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
        if (ssoSecret != null) {
            java.util.Arrays.fill(ssoSecret, '\0');
        }
    }

    @Override
    public String toString() {
        return "DeactivationInput[product=" + product + ", kind=" + kind + ", licenseId=" + licenseId
                + ", bundle=" + bundle + "]";
    }
}
