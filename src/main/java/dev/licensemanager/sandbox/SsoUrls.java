package dev.licensemanager.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@code GET /api/v4/sso_url}: validates the account and redirect URI and points at the sandbox's own login page. */
final class SsoUrls {
    static final String LOGIN_PATH = "/sandbox/sso/login";
    private static final Set<String> FIELDS = Set.of("product", "customer_account_code", "response_type",
            "redirect_uri", "bundle_code", "state");

    private final SandboxState state;
    private final Supplier<String> baseUrl;
    private final String tokenPath;

    SsoUrls(SandboxState state, Supplier<String> baseUrl, String tokenPath) {
        this.state = state;
        this.baseUrl = baseUrl;
        this.tokenPath = tokenPath;
    }

    Map<String, Object> ssoUrl(RequestFields f) {
        f.allowOnly(FIELDS, Set.of());
        String product = f.require("product", "missing_parameters");
        String accountCode = f.require("customer_account_code", "missing_parameters");
        String responseType = f.string("response_type") == null ? "code" : f.string("response_type");
        if (!responseType.equals("code") && !responseType.equals("token")) {
            throw ApiException.bad("validation_error", "response_type must be 'code' or 'token'.");
        }
        String redirect;
        synchronized (state) {
            if (state.product(product).isEmpty()) {
                throw ApiException.bad("unknown_product", "Product '" + product + "' not found.");
            }
            Seed.CustomerAccount acc = account(accountCode);
            redirect = redirectUri(acc, f.string("redirect_uri"));
        }
        StringBuilder url = new StringBuilder(baseUrl.get()).append(LOGIN_PATH)
                .append("?customer_account_code=").append(enc(accountCode))
                .append("&product=").append(enc(product))
                .append("&response_type=").append(responseType)
                .append("&redirect_uri=").append(enc(redirect));
        if (f.string("state") != null) {
            url.append("&state=").append(enc(f.string("state")));
        }
        Map<String, Object> oidc = new LinkedHashMap<>();
        oidc.put("issuer", baseUrl.get() + "/sandbox/sso");
        oidc.put("authorization_endpoint", baseUrl.get() + LOGIN_PATH);
        oidc.put("token_endpoint", baseUrl.get() + tokenPath);
        oidc.put("response_types_supported", List.of("code", "token"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url.toString());
        m.put("openid_configuration", oidc);
        m.put("alternate_urls", List.of());
        return m;
    }

    /** Call with the state monitor held. */
    Seed.CustomerAccount account(String code) {
        Seed.CustomerAccount acc = state.account(code).orElseThrow(
                () -> ApiException.bad("customer_account_not_found", "Customer account not found."));
        if (!Boolean.TRUE.equals(acc.ssoEnabled())) {
            throw ApiException.bad(SandboxBehaviour.SSO_DISABLED_CODE, "SSO is not enabled for this customer account.");
        }
        return acc;
    }

    /**
     * The redirect URI to use: the given one if the account allows it (loopback URIs match on any port, RFC 8252),
     * else the account's only registered one.
     */
    static String redirectUri(Seed.CustomerAccount acc, String given) {
        List<String> allowed = acc.redirectUris() == null ? List.of() : acc.redirectUris();
        if (given == null) {
            if (allowed.size() == 1) {
                return allowed.get(0);
            }
            throw ApiException.bad("validation_error", "redirect_uri is required for this customer account.");
        }
        URI uri;
        try {
            uri = URI.create(given);
        } catch (IllegalArgumentException e) {
            throw ApiException.bad("validation_error", "redirect_uri is not a valid URI.");
        }
        if (uri.getScheme() == null || uri.getRawFragment() != null) {
            throw ApiException.bad("validation_error", "redirect_uri must be absolute and have no fragment.");
        }
        if (allowed.isEmpty() || allowed.stream().anyMatch(a -> sameTarget(URI.create(a), uri))) {
            return given;
        }
        throw ApiException.bad("validation_error", "redirect_uri is not registered for this customer account.");
    }

    private static boolean sameTarget(URI allowed, URI given) {
        boolean loopback = "127.0.0.1".equals(given.getHost()) || "localhost".equals(given.getHost()) || "[::1]".equals(given.getHost());
        if (loopback && String.valueOf(allowed.getHost()).equals(given.getHost())) {
            return String.valueOf(allowed.getScheme()).equals(given.getScheme())
                    && String.valueOf(allowed.getPath()).equals(String.valueOf(given.getPath()));
        }
        return allowed.equals(given);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
