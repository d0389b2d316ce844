package dev.licensemanager.service;

/** The kinds of credential a product may use; the vendor configuration can restrict them. */
public enum CredentialKind {
    LICENSE_KEY, USER, SSO_CODE, SSO_TOKEN
}
