package dev.licensemanager.api;

import java.util.Arrays;

/**
 * A secret value (shared key, client secret, password, token). Kept as a char array so it can be
 * wiped; {@link #toString()} never reveals it, so it cannot leak through logging or exception text.
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    public static Secret of(char[] value) {
        return new Secret(value.clone());
    }

    /** The clear value, for the one place that must send or sign it. Never log the result. */
    public String reveal() {
        return new String(value);
    }

    public boolean isBlank() {
        return new String(value).isBlank();
    }

    /** Whether any character matches, without making a String copy of the secret. */
    public boolean containsAny(java.util.function.IntPredicate test) {
        for (char c : value) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    public int length() {
        return value.length;
    }

    /** Overwrites the characters; the secret is unusable afterwards. */
    public void wipe() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "********";
    }
}
