package dev.licensemanager.api;

/** A response that is neither a success nor a LicenseSpring error body. */
public enum ProtocolProblem {
    UNEXPECTED_BODY,
    EMPTY_BODY,
    HTML_PAGE,
    TOO_LARGE,
    WRONG_TYPES,
    SIGNATURE_MISSING,
    SIGNATURE_INVALID
}
