package dev.licensemanager.ui.sso;

import dev.licensemanager.service.CredentialKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads what a user pasted: a bare code/token, or the redirect address with the code in the query or fragment. */
final class PastedRedirect {
    private PastedRedirect() {
    }

    static String secret(String text, CredentialKind kind) {
        if (!text.contains("=")) {
            return text;
        }
        String[] names = kind == CredentialKind.SSO_TOKEN ? new String[] {"access_token", "id_token"}
                : new String[] {"code"};
        for (String name : names) {
            String v = param(text, name);
            if (v != null) {
                return v;
            }
        }
        return text;
    }

    /** The redirect URI the code was issued for, when a whole address was pasted. */
    static String redirectUri(String text) {
        if (!text.startsWith("http://") && !text.startsWith("https://")) {
            return null;
        }
        int cut = text.length();
        for (char c : new char[] {'?', '#'}) {
            int i = text.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return text.substring(0, cut);
    }

    private static String param(String text, String name) {
        for (String part : text.split("[?#&]")) {
            if (part.startsWith(name + "=")) {
                return URLDecoder.decode(part.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
