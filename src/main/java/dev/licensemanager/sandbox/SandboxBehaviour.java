package dev.licensemanager.sandbox;

import java.time.Duration;

/**
 * Every choice the sandbox makes where the LicenseSpring reference says "unknown", in one place.
 * These are assumptions, not facts about the real service; docs/sandbox.md repeats them in prose.
 */
public final class SandboxBehaviour {
    /**
     * Allowed difference between the request's {@code Date} header and the sandbox clock, either way.
     * ASSUMPTION: LicenseSpring does not document its window; 15 minutes mirrors common HMAC APIs (e.g. AWS SigV4).
     */
    public static final Duration DATE_SKEW_WINDOW = Duration.ofMinutes(15);
    /** OAuth access-token lifetime; the LicenseSpring docs' example shows {@code expires_in: 480}. */
    public static final Duration OAUTH_TOKEN_TTL = Duration.ofSeconds(480);
    /** SSO authorization codes: single-use, short-lived. ASSUMPTION: 2 minutes. */
    public static final Duration SSO_CODE_TTL = Duration.ofMinutes(2);
    /** SSO implicit-grant tokens ({@code expires_in}): single-use, short-lived. ASSUMPTION: 5 minutes. */
    public static final Duration SSO_TOKEN_TTL = Duration.ofMinutes(5);
    /** Upper bound of a "hang" fault, so a forgotten fault cannot pin a thread forever. */
    public static final Duration MAX_HANG = Duration.ofMinutes(10);

    /** ASSUMPTION: the reference lists 400 (auth page) and 401 (SDK table); the sandbox follows the auth page. */
    public static final int SIGNATURE_MISMATCH_STATUS = 400;
    /** ASSUMPTION: the wire code for a wrong license-user password was not found; this one is the sandbox's. */
    public static final String WRONG_PASSWORD_CODE = "invalid_credentials";
    /** ASSUMPTION: the wire code for an unknown, expired or already used SSO code/token. */
    public static final String BAD_SSO_TOKEN_CODE = "invalid_sso_token";
    /** ASSUMPTION: bad, unknown or expired OAuth bearer token (HTTP 401). */
    public static final String BAD_BEARER_CODE = "invalid_token";
    /** ASSUMPTION: body code of an injected 429. */
    public static final String RATE_LIMIT_CODE = "too_many_requests";
    /** ASSUMPTION: SSO asked for an account whose SSO is switched off. */
    public static final String SSO_DISABLED_CODE = "sso_not_enabled";
    /**
     * ASSUMPTION: a successful deactivation answers the raw text {@code license_deactivated}
     * ({@code Content-Type: text/plain}), not a JSON string with quotes.
     */
    public static final String DEACTIVATED_BODY = "license_deactivated";

    /**
     * ASSUMPTION: releasing a floating seat this device does not hold. LicenseSpring's catalogue has no code of its
     * own for it; {@code device_not_found} ("no active device with this hardware_id") is the catalogue's nearest.
     */
    public static final String RELEASE_NOT_HELD_CODE = "device_not_found";
    /** ASSUMPTION: every floating cloud seat is taken (the catalogue's entry for it was not retrievable). */
    public static final String FLOATING_FULL_CODE = "floating_users_limit_reached";
    /** ASSUMPTION: floating/release or floating/borrow on a license that is not floating cloud. */
    public static final String NOT_FLOATING_CODE = "license_not_floating";
    /** ASSUMPTION: floating/borrow on a license that does not allow borrowing. */
    public static final String BORROW_NOT_ALLOWED_CODE = "borrowing_not_allowed";
    /**
     * ASSUMPTION: a successful floating/release answers 200 with an empty body (LicenseSpring documents an empty
     * string), unsigned.
     */
    public static final String RELEASED_BODY = "";

    private SandboxBehaviour() {
    }
}
