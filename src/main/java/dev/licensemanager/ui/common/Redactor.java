package dev.licensemanager.ui.common;

import java.util.regex.Pattern;

/** Strips secrets from text meant for support: passwords, tokens, codes and keys after their names. */
public final class Redactor {
    private static final Pattern NAMED = Pattern.compile(
            "(?i)(password|passwd|id_token|access_token|token|secret|shared[_ ]?key|api[_ ]?key|authorization"
                    + "|[?&#]code)(\\s*[=:]\\s*)(\"?)[^\\s&,;\"]+");

    private Redactor() {
    }

    public static String redact(String text) {
        return text == null ? "" : NAMED.matcher(text).replaceAll("$1$2$3[redacted]");
    }
}
