package dev.licensemanager.service;

import dev.licensemanager.common.TextChecks;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where what a user typed or pasted is tidied before validation. Everything else is validated
 * as given and refused with a message (nothing sent). The rules, each harmless for a correct value:
 * <ul>
 *   <li>Product, customer account code, bundle code, username, hardware ID, license key: surrounding
 *       whitespace is removed, including no-break and other Unicode spaces; text is put in Unicode NFC form
 *       (a composed "é" and "e" + combining accent become the same characters).</li>
 *   <li>License key: a label pasted with it is removed ("License key: ABCD-…", "Key = ABCD-…", any case).
 *       The key's letter case is kept: custom LicenseSpring keys may be case-sensitive, so a lowercase key is
 *       sent as typed and the server decides.</li>
 *   <li>SSO code and token: surrounding whitespace is removed (a pasted line break); nothing else.</li>
 *   <li>Password: never changed (spaces may be part of it).</li>
 * </ul>
 * Control characters, invisible formatting characters (bidi overrides, zero-width spaces) and inner line breaks
 * are not removed: the request checks refuse them, so a mangled paste is reported instead of guessed at.
 *
 * <p>The window's key field, the CLI and the offline request use the same rule: {@link #licenseKey} tidies,
 * {@link #licenseKeyProblem} judges ({@link TextChecks}, as the API client does before sending).
 */
public final class InputNormaliser {
    private static final Pattern KEY_LABEL = Pattern.compile(
            "^(?:license[ _-]?key|licence[ _-]?key|key)\\s*[:=]\\s*", Pattern.CASE_INSENSITIVE);

    private InputNormaliser() {
    }

    /** Surrounding whitespace (any Unicode space) removed, NFC; null stays null. */
    public static String text(String v) {
        if (v == null) {
            return null;
        }
        return Normalizer.normalize(stripSpaces(v), Normalizer.Form.NFC);
    }

    /** {@link #text} plus a pasted label removed; case kept. */
    public static String licenseKey(String v) {
        String t = text(v);
        if (t == null) {
            return null;
        }
        Matcher m = KEY_LABEL.matcher(t);
        return m.find() ? stripSpaces(t.substring(m.end())) : t;
    }

    /** Why the key as typed or pasted cannot be used (plain words naming the field), or null when it can. */
    public static String licenseKeyProblem(String typed) {
        return TextChecks.text("license key", licenseKey(typed), TextChecks.LICENSE_KEY_MAX);
    }

    /** A copy of the secret with surrounding whitespace removed; the caller wipes the original. */
    public static char[] token(char[] v) {
        if (v == null) {
            return null;
        }
        int start = 0;
        int end = v.length;
        while (start < end && isSpace(v[start])) {
            start++;
        }
        while (end > start && isSpace(v[end - 1])) {
            end--;
        }
        return java.util.Arrays.copyOfRange(v, start, end);
    }

    /** The input with every rule above applied (a new record; secrets are copies). */
    public static DeactivationInput normalise(DeactivationInput in) {
        return new DeactivationInput(text(in.product()), text(in.hardwareId()), in.kind(), licenseKey(in.licenseKey()),
                text(in.username()), in.password() == null ? null : in.password().clone(), token(in.ssoSecret()),
                text(in.customerAccountCode()), in.redirectUri() == null ? null : in.redirectUri().strip(),
                in.licenseId(), in.bundle(), text(in.bundleCode()), in.consumptions());
    }

    private static String stripSpaces(String v) {
        int start = 0;
        int end = v.length();
        while (start < end && isSpace(v.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
