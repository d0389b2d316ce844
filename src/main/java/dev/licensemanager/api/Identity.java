package dev.licensemanager.api;

import java.util.Map;

/** Exactly one way of saying whose license this is. Secrets stay in {@link Secret}s. */
public sealed interface Identity {

    /** Adds this identity's JSON/query fields, revealing secrets only into the outgoing map. */
    void putFields(Map<String, Object> target);

    /** Short, non-secret description for logs and receipts. */
    String describe();

    record LicenseKey(String key) implements Identity {
        @Override
        public void putFields(Map<String, Object> target) {
            target.put("license_key", key);
        }

        @Override
        public String describe() {
            return "license key …" + lastFour(key);
        }
    }

    /** A license user. The password may be null: LicenseSpring's SDK deactivates by username alone. */
    record User(String username, Secret password) implements Identity {
        @Override
        public void putFields(Map<String, Object> target) {
            target.put("username", username);
            if (password != null && password.length() > 0) {
                target.put("password", password.reveal());
            }
        }

        @Override
        public String describe() {
            return "user " + username;
        }
    }

    /** SSO implicit grant: the docs say to send the access token value as {@code id_token}. */
    record SsoToken(Secret idToken, String customerAccountCode, String redirectUri) implements Identity {
        @Override
        public void putFields(Map<String, Object> target) {
            target.put("id_token", idToken.reveal());
            target.put("customer_account_code", customerAccountCode);
            if (redirectUri != null && !redirectUri.isBlank()) {
                target.put("redirect_uri", redirectUri);
            }
        }

        @Override
        public String describe() {
            return "single sign-on (token) for " + customerAccountCode;
        }
    }

    /** SSO authorization-code grant. */
    record SsoCode(Secret code, String customerAccountCode, String redirectUri) implements Identity {
        @Override
        public void putFields(Map<String, Object> target) {
            target.put("code", code.reveal());
            target.put("customer_account_code", customerAccountCode);
            if (redirectUri != null && !redirectUri.isBlank()) {
                target.put("redirect_uri", redirectUri);
            }
        }

        @Override
        public String describe() {
            return "single sign-on (code) for " + customerAccountCode;
        }
    }

    static String lastFour(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 4 ? value : value.substring(value.length() - 4);
    }
}
