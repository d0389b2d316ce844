package dev.licensemanager.api;

import java.util.List;
import java.util.regex.Pattern;

/** Shared input checks, so that bad input is refused with a message before anything is sent. */
final class RequestChecks {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Invisible formatting (bidi overrides, zero-width spaces, BOM) and Unicode line/paragraph separators. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u2028\\u2029]");

    private RequestChecks() {
    }

    static void requireCode(List<String> problems, String what, String value) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is required");
        } else if (!CODE.matcher(value).matches()) {
            problems.add(what + " may only contain letters, digits, '.', '_' and '-' (max 128)");
        }
    }

    static void requireText(List<String> problems, String what, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(what + " is required");
        } else if (value.length() > max) {
            problems.add(what + " is too long (" + value.length() + " characters, max " + max + ")");
        } else if (CONTROL.matcher(value).find()) {
            problems.add(what + " contains control characters or line breaks");
        } else if (value.chars().anyMatch(c -> Character.isSurrogate((char) c))
                && value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE)) {
            problems.add(what + " contains broken characters (an unpaired surrogate); type it again");
        } else if (INVISIBLE.matcher(value).find()) {
            problems.add(what + " contains invisible formatting characters (such as a right-to-left mark or a "
                    + "zero-width space); type it again instead of pasting");
        } else if (!value.equals(value.strip())) {
            problems.add(what + " has leading or trailing spaces");
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
            requireText(p, "license key", k.key(), 256);
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
