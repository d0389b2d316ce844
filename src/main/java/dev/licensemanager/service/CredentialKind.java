package dev.licensemanager.service;

/** The kinds of credential a product may use; the vendor configuration can restrict them. */
public enum CredentialKind {
    LICENSE_KEY, USER, SSO_CODE, SSO_TOKEN;

    /** What single sign-on yields with this grant: a token for the implicit grant, otherwise a code. */
    public static CredentialKind forSsoGrant(dev.licensemanager.config.SsoGrant grant) {
        return grant == dev.licensemanager.config.SsoGrant.IMPLICIT ? SSO_TOKEN : SSO_CODE;
    }
}
