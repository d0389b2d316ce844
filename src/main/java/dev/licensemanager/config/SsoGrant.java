package dev.licensemanager.config;

import java.util.Locale;

/** How single sign-on hands over the result: an authorization code, or an id token in the redirect (implicit). */
public enum SsoGrant {
    CODE, IMPLICIT;

    /** The value as written in the vendor configuration ({@code sso.grant}). */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code sso.grant}: null when absent stays null; an unknown value throws {@link IllegalArgumentException}. */
    public static SsoGrant parse(String text) {
        if (text == null) {
            return null;
        }
        for (SsoGrant g : values()) {
            if (g.configName().equals(text)) {
                return g;
            }
        }
        throw new IllegalArgumentException("must be \"code\" or \"implicit\"");
    }
}
