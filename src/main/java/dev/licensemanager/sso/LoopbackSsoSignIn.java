package dev.licensemanager.sso;

import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.SsoUrl;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeMapper;
import dev.licensemanager.service.SsoSignIn;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * System-browser sign-in: loopback receiver on 127.0.0.1 (ephemeral port unless the vendor fixes
 * port and path), {@code sso_url} with that exact redirect URI, a random {@code state} checked on
 * return. The same redirect URI is later sent with the code or token.
 */
public final class LoopbackSsoSignIn implements SsoSignIn {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackSsoSignIn.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LicenseApiClient client;
    private final String product;
    private final VendorConfig.Sso sso;
    private final BrowserLauncher browser;
    private final Duration timeout;

    public LoopbackSsoSignIn(LicenseApiClient client, String product, VendorConfig.Sso sso, BrowserLauncher browser,
                             Duration timeout) {
        this.client = client;
        this.product = product;
        this.sso = sso;
        this.browser = browser;
        this.timeout = timeout;
    }

    @Override
    public CredentialKind grant() {
        return CredentialKind.forSsoGrant(sso == null ? null : sso.grant());
    }

    @Override
    public Start start(String customerAccountCode, Cancellation cancel) {
        String state = random();
        String path = sso == null || sso.redirectPath() == null ? "/callback" : sso.redirectPath();
        int port = sso == null ? 0 : sso.redirectPort();
        LoopbackReceiver receiver;
        try {
            receiver = new LoopbackReceiver(port, path, state, new BrowserPages(Locale.getDefault()));
        } catch (IOException e) {
            LOG.warn("loopback receiver could not start on port {}: {}", port, e.toString());
            return new Start(null, Outcome.of(OutcomeKind.UNEXPECTED, "sso_loopback_unavailable",
                    "cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")"));
        }
        String responseType = grant() == CredentialKind.SSO_TOKEN ? "token" : "code";
        ApiResult<SsoUrl> r = client.ssoUrl(product, customerAccountCode, responseType, receiver.redirectUri(), cancel);
        if (!(r instanceof ApiResult.Success<SsoUrl> s)) {
            receiver.close();
            return new Start(null, OutcomeMapper.fromFailure(r));
        }
        String url = withState(s.value().url(), state);
        return new Start(new LoopbackSession(receiver, url, grant(), timeout), null);
    }

    @Override
    public String openBrowser(String url) {
        try {
            browser.open(url);
            return null;
        } catch (IOException e) {
            LOG.warn("the browser could not be opened: {}", e.toString());
            return e.getMessage();
        }
    }

    /** The identity provider echoes {@code state} back; add ours unless the server already put one in. */
    static String withState(String url, String state) {
        if (url.contains("?state=") || url.contains("&state=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "state=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Picks the secret out of the redirect: the code, or for the implicit grant the access token (sent as id_token). */
    static Callback callback(Map<String, String> q, CredentialKind kind) {
        String secret = kind == CredentialKind.SSO_TOKEN
                ? q.getOrDefault("access_token", q.get("id_token")) : q.get("code");
        if (secret != null && !secret.isBlank()) {
            return new Callback(secret.toCharArray(), null);
        }
        String error = q.getOrDefault("error", "no_code");
        String description = q.getOrDefault("error_description", "the sign-in page returned no code or token");
        return new Callback(null, Outcome.of(OutcomeKind.CREDENTIALS_REJECTED, "sso_" + error, description));
    }
}
