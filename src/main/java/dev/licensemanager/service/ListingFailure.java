package dev.licensemanager.service;

/**
 * Why "Licenses on this computer" could not be listed; every kind sends the window to manual entry with a
 * one-line reason. {@link DeviceListing#outcome()} carries the details (code, message, next step).
 */
public enum ListingFailure {
    /** Network, DNS, TLS, proxy, timeout: the server was not reached. */
    OFFLINE,
    /** The server refused: the API key may not list this computer's licenses, or credentials are wrong. */
    NOT_ALLOWED,
    /** The server does not offer this listing (unknown path or method). */
    UNSUPPORTED,
    /** The answer could not be read (wrong types, missing fields, too large, an HTML page, a bad signature). */
    MALFORMED,
    /** The vendor configuration switched discovery off. */
    DISCOVERY_OFF,
    /** The user cancelled. */
    CANCELLED,
    /** This computer's hardware ID could not be computed, or the given one is not valid. */
    NO_HARDWARE_ID,
    /** Anything else: server error, rate limit, clock skew. */
    OTHER
}
