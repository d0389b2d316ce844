package dev.licensemanager.api;

import dev.licensemanager.common.TextChecks;
import java.util.List;

/** Shared input checks, so that bad input is refused with a message before anything is sent ({@link TextChecks}). */
final class RequestChecks {

    private RequestChecks() {
    }

    static void requireCode(List<String> problems, String what, String value) {
        add(problems, TextChecks.code(what, value));
    }

    static void requireText(List<String> problems, String what, String value, int max) {
        add(problems, TextChecks.text(what, value, max));
    }

    private static void add(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    static void requireSecret(List<String> problems, String what, Secret value) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is required");
        } else if (value.length() > 8192) {
            problems.add(what + " is too long");
        } else if (value.containsAny(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c) || Character.isSurrogate((char) c))) {
            problems.add(what + " contains spaces, line breaks or invisible characters; copy it again");
        }
    }

    static void checkIdentity(List<String> p, Identity identity) {
        // Java 17: no pattern matching for switch yet, so an instanceof chain over the sealed type.
        if (identity instanceof Identity.LicenseKey k) {
            requireText(p, "license key", k.key(), TextChecks.LICENSE_KEY_MAX);
        } else if (identity instanceof Identity.User u) {
            requireText(p, "username", u.username(), 320);
            if (u.password() != null && u.password().length() > 1024) {
                p.add("password is too long");
            }
        } else if (identity instanceof Identity.SsoToken t) {
            requireSecret(p, "SSO token", t.idToken());
            requireCode(p, "customer account code", t.customerAccountCode());
        } else if (identity instanceof Identity.SsoCode c) {
            requireSecret(p, "SSO code", c.code());
            requireCode(p, "customer account code", c.customerAccountCode());
        }
    }
}
