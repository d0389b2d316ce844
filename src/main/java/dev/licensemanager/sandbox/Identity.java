package dev.licensemanager.sandbox;

/** Who the request says it is: exactly one of license key, license user, SSO token or SSO code. */
sealed interface Identity {
    record Key(String licenseKey) implements Identity {
    }

    /** {@code password} may be null: deactivation by username alone is accepted (the Node SDK sends it that way). */
    record User(String username, String password) implements Identity {
    }

    /** {@code kind} is "token" (id_token) or "code". */
    record Sso(String kind, String value, String accountCode, String redirectUri) implements Identity {
    }

    /** Reads and validates the identity variants of a request: exactly one must be present. */
    static Identity from(RequestFields f, boolean userProduct) {
        boolean key = f.has("license_key");
        boolean user = f.has("username") || f.has("password");
        boolean idToken = f.has("id_token");
        boolean code = f.has("code");
        int count = (key ? 1 : 0) + (user ? 1 : 0) + (idToken ? 1 : 0) + (code ? 1 : 0);
        if (count == 0) {
            if (f.has("customer_account_code")) {
                throw ApiException.bad("validation_error", "customer_account_code needs id_token or code.");
            }
            if (!userProduct) {
                throw ApiException.bad("license_key_required", "license_key is required.");
            }
            throw ApiException.bad("validation_error", "One of username, id_token or code is required.");
        }
        if (count > 1) {
            throw ApiException.bad("validation_error",
                    "Send exactly one identity: license_key, username, id_token or code.");
        }
        if (key) {
            if (f.has("customer_account_code")) {
                throw ApiException.bad("validation_error", "customer_account_code is only valid with id_token or code.");
            }
            return new Key(f.string("license_key"));
        }
        if (user) {
            if (f.has("customer_account_code")) {
                throw ApiException.bad("validation_error", "customer_account_code is only valid with id_token or code.");
            }
            return new User(f.require("username", "validation_error"), f.string("password"));
        }
        String account = f.require("customer_account_code", "validation_error");
        return idToken ? new Sso("token", f.string("id_token"), account, f.string("redirect_uri"))
                : new Sso("code", f.string("code"), account, f.string("redirect_uri"));
    }
}
