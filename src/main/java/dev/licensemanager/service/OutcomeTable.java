package dev.licensemanager.service;

import java.util.Map;

/**
 * The one table from LicenseSpring error codes to outcomes: the reference's catalogue (§4) and the
 * deactivation page's own lists (§2.4). Codes the reference marks unknown (wrong password, bad SSO
 * token) are guessed plausibly below; any other unknown code still carries its code and message
 * as {@link OutcomeKind#REJECTED}, or {@link OutcomeKind#SERVER_ERROR} for 5xx statuses.
 */
public final class OutcomeTable {
    private static final Map<String, OutcomeKind> TABLE = Map.ofEntries(
            // Device and license state.
            Map.entry("device_not_found", OutcomeKind.ALREADY_INACTIVE),
            Map.entry("license_not_found", OutcomeKind.LICENSE_PROBLEM),
            // Not active at all: no seat is held, which is what the user wanted; same as device_not_found.
            Map.entry("license_not_active", OutcomeKind.ALREADY_INACTIVE),
            Map.entry("license_not_enabled", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("license_expired", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("trial_expired", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("blacklisted", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("vm_not_allowed", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("license_activated_max_times", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("license_user_activated_max_times", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("license_transferred_max_times", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("license_device_exists", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("license_start_date_error", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("offline_floating_cloud_not_supported", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("active_license_required", OutcomeKind.LICENSE_PROBLEM),
            // Floating cloud (codes the catalogue does not list: the sandbox's documented guesses).
            Map.entry("floating_not_in_use", OutcomeKind.ALREADY_INACTIVE),
            Map.entry("floating_users_limit_reached", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("license_not_floating", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("borrowing_not_allowed", OutcomeKind.LICENSE_PROBLEM),
            Map.entry("borrow_until_not_valid", OutcomeKind.REJECTED),
            // Credentials (wire codes for wrong password / bad SSO token are unknown: plausible names).
            Map.entry("license_key_required", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("invalid_credentials", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("wrong_password", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("invalid_password", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("user_not_found", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("sso_token_invalid", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("sso_code_invalid", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("invalid_sso_token", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("customer_account_not_found", OutcomeKind.CREDENTIALS_REJECTED),
            Map.entry("customer_account_id_mismatch", OutcomeKind.CREDENTIALS_REJECTED),
            // Product.
            Map.entry("unknown_product", OutcomeKind.PRODUCT_PROBLEM),
            Map.entry("archived_product", OutcomeKind.PRODUCT_PROBLEM),
            Map.entry("disabled_product", OutcomeKind.PRODUCT_PROBLEM),
            Map.entry("api_key_product_not_allowed", OutcomeKind.PRODUCT_PROBLEM),
            Map.entry("invalid_product_auth_method", OutcomeKind.PRODUCT_PROBLEM),
            // The vendor's API configuration, not the user.
            Map.entry("signature_mismatch", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("invalid_api_key", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("hmac_required", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("authorization_invalid_headers", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("authorization_missing_params", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("missing_headers", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("not_found", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("oauth_invalid_client", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("oauth_unauthorized_client", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("oauth_token_failed", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("invalid_token", OutcomeKind.VENDOR_CONFIG_PROBLEM),
            Map.entry("sso_not_enabled", OutcomeKind.CREDENTIALS_REJECTED),
            // Clock.
            Map.entry("date_header_diff", OutcomeKind.CLOCK_SKEW),
            // Requests the server found malformed: our side, reported with its message.
            Map.entry("validation_error", OutcomeKind.REJECTED),
            Map.entry("missing_parameters", OutcomeKind.UNEXPECTED),
            Map.entry("missing_hardware_id", OutcomeKind.UNEXPECTED),
            Map.entry("invalid_json", OutcomeKind.UNEXPECTED),
            Map.entry("missing_content", OutcomeKind.UNEXPECTED),
            // Server side.
            Map.entry("internal_error", OutcomeKind.SERVER_ERROR),
            Map.entry("internal_server_error", OutcomeKind.SERVER_ERROR),
            Map.entry("http_429", OutcomeKind.RATE_LIMITED),
            Map.entry("rate_limited", OutcomeKind.RATE_LIMITED),
            Map.entry("too_many_requests", OutcomeKind.RATE_LIMITED));

    private OutcomeTable() {
    }

    public static OutcomeKind kindFor(String code, int status) {
        OutcomeKind k = TABLE.get(code);
        if (k != null) {
            return k;
        }
        if (status == 429) {
            return OutcomeKind.RATE_LIMITED;
        }
        return status >= 500 ? OutcomeKind.SERVER_ERROR : OutcomeKind.REJECTED;
    }

    /** Every code the table knows; the i18n consistency test checks each has words. */
    public static java.util.Set<String> knownCodes() {
        return TABLE.keySet();
    }
}
