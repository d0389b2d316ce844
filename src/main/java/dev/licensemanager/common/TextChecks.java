package dev.licensemanager.common;

import java.util.regex.Pattern;

/**
 * The input rules every face shares (window, CLI, offline request, and the API client's last check before
 * sending): one place, so that a value the window refuses is not sent by the CLI or written into an offline
 * request, and the other way round. Each returns the problem in plain words naming the field, or null.
 */
public final class TextChecks {
    /** Product, customer account and bundle codes. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    /** The longest license key accepted (custom LicenseSpring keys are free text; generated ones are 19 characters). */
    public static final int LICENSE_KEY_MAX = 256;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Invisible formatting (bidi overrides, zero-width spaces, BOM) and Unicode line/paragraph separators. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u2028\\u2029]");

    private TextChecks() {
    }

    public static String code(String what, String value) {
        if (value == null || value.isBlank()) {
            return what + " is required";
        }
        return CODE.matcher(value).matches() ? null
                : what + " may only contain letters, digits, '.', '_' and '-' (max 128)";
    }

    public static String text(String what, String value, int max) {
        if (value == null || value.isBlank()) {
            return what + " is required";
        } else if (value.length() > max) {
            return what + " is too long (" + value.length() + " characters, max " + max + ")";
        } else if (CONTROL.matcher(value).find()) {
            return what + " contains control characters or line breaks";
        } else if (value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE)) {
            return what + " contains broken characters (an unpaired surrogate); type it again";
        } else if (INVISIBLE.matcher(value).find()) {
            return what + " contains invisible formatting characters (such as a right-to-left mark or a "
                    + "zero-width space); type it again instead of pasting";
        } else if (!value.equals(value.strip())) {
            return what + " has leading or trailing spaces";
        }
        return null;
    }
}
