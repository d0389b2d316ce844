package dev.licensemanager.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the window opens with, from window arguments ({@code license-manager --product X --license-key K})
 * or a {@code license-manager://deactivate?product=…&customer_account=…} link. Only fields the user
 * can see and change; passwords and tokens are never taken (they are reported in {@code ignored}).
 * Invalid values are dropped with a warning rather than failing: the window still opens.
 */
public record Prefill(String product, String licenseKey, String username, String customerAccountCode,
                      Long licenseId, String hardwareId, List<String> warnings) {
    public static final String SCHEME = "license-manager";
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";
    private static final Set<String> SECRET_NAMES = Set.of("password", "sso-token", "sso_token", "token", "id_token",
            "shared-key", "shared_key", "client-secret", "client_secret", "code", "sso-code");
    /** The options the window takes (as the CLI spells them); anything else on the command line is for the CLI. */
    private static final Set<String> OPTION_NAMES = Set.of("product", "license-key", "username", "customer-account",
            "customer-account-code", "hardware-id", "license-id");

    public Prefill {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static Prefill empty() {
        return new Prefill(null, null, null, null, null, null, List.of());
    }

    public boolean isEmpty() {
        return product == null && licenseKey == null && username == null && customerAccountCode == null
                && licenseId == null && hardwareId == null;
    }

    /**
     * Whether {@code arg} starts window arguments: a {@code license-manager://} link, or one of the window's
     * options ({@code --product}, {@code --license-key=K}, …, and the secret ones it refuses with a warning).
     * Anything else (a subcommand, a typo, {@code --json}) belongs to the CLI, which never opens a window.
     */
    public static boolean isWindowArgument(String arg) {
        if (arg.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1)) {
            return true;
        }
        if (!arg.startsWith("--")) {
            return false;
        }
        String name = arg.substring(2);
        int eq = name.indexOf('=');
        name = (eq >= 0 ? name.substring(0, eq) : name).toLowerCase(Locale.ROOT);
        return OPTION_NAMES.contains(name) || SECRET_NAMES.contains(name);
    }

    /** Window arguments: options as the CLI spells them, and/or one {@code license-manager://} link. */
    public static Prefill fromArgs(String[] args) {
        Builder b = new Builder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1)) {
                b.link(a);
                continue;
            }
            if (!a.startsWith("--")) {
                b.warn("ignored argument " + quote(a));
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            }
            b.set(name, value);
        }
        return b.build();
    }

    /** A {@code license-manager://deactivate?…} link (parameters: product, customer_account, username, license_key, license_id). */
    public static Prefill fromLink(String link) {
        Builder b = new Builder();
        b.link(link);
        return b.build();
    }

    private static String quote(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "\"" + t.replaceAll("\\p{Cntrl}", "?") + "\"";
    }

    private static final class Builder {
        private String product;
        private String licenseKey;
        private String username;
        private String account;
        private Long licenseId;
        private String hardwareId;
        private final List<String> warnings = new ArrayList<>();

        void warn(String w) {
            warnings.add(w);
        }

        void link(String link) {
            URI uri;
            try {
                uri = URI.create(link.strip());
            } catch (IllegalArgumentException e) {
                warn("ignored link: not a valid address");
                return;
            }
            if (!SCHEME.equalsIgnoreCase(uri.getScheme())) {
                warn("ignored link: not a " + SCHEME + ":// link");
                return;
            }
            String action = uri.getHost() != null ? uri.getHost() : uri.getSchemeSpecificPart().replaceFirst("^/+", "")
                    .replaceFirst("[?/].*$", "");
            if (!"deactivate".equalsIgnoreCase(action)) {
                warn("ignored link: unknown action " + quote(String.valueOf(action)));
                return;
            }
            String query = uri.getRawQuery();
            if (query == null) {
                return;
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                set(k.replace('_', '-'), v);
            }
        }

        void set(String rawName, String value) {
            String name = rawName.toLowerCase(Locale.ROOT);
            if (SECRET_NAMES.contains(name) || SECRET_NAMES.contains(name.replace('-', '_'))) {
                warn("ignored " + name + ": secrets are never taken from arguments or links");
                return;
            }
            if (value == null || value.isBlank()) {
                warn("ignored " + name + ": no value");
                return;
            }
            String v = value.strip();
            if (v.length() > 256 || v.chars().anyMatch(Character::isISOControl)) {
                warn("ignored " + name + ": value not acceptable");
                return;
            }
            switch (name) {
                case "product" -> product = check(name, v, CODE);
                case "license-key" -> licenseKey = v;
                case "username" -> username = v;
                case "customer-account", "customer-account-code" -> account = check(name, v, CODE);
                case "hardware-id" -> hardwareId = v;
                case "license-id" -> {
                    String id = check(name, v, "[0-9]{1,18}");
                    licenseId = id == null ? null : Long.valueOf(id);
                }
                default -> warn("ignored unknown option " + quote(name));
            }
        }

        private String check(String name, String v, String regex) {
            if (v.matches(regex)) {
                return v;
            }
            warn("ignored " + name + ": " + quote(v) + " is not valid");
            return null;
        }

        Prefill build() {
            return new Prefill(product, licenseKey, username, account, licenseId, hardwareId, warnings);
        }
    }
}
