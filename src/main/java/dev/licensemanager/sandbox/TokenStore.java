package dev.licensemanager.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** OAuth bearer tokens and SSO grants (codes, implicit tokens): random, expiring, SSO ones single-use. */
final class TokenStore {
    /** One SSO sign-in; its code or its tokens are accepted once, for the account they were issued for. */
    record SsoGrant(String email, String accountCode, String redirectUri, Instant expiresAt) {
    }

    /** What the implicit grant hands out. */
    record ImplicitTokens(String idToken, String accessToken, long expiresIn) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration oauthTtl;
    private final Map<String, Instant> bearer = new ConcurrentHashMap<>();
    private final Map<String, SsoGrant> sso = new ConcurrentHashMap<>();

    TokenStore(Clock clock, Duration oauthTtl) {
        this.clock = clock;
        this.oauthTtl = oauthTtl;
    }

    Duration oauthTtl() {
        return oauthTtl;
    }

    String issueBearer() {
        String token = randomToken();
        bearer.put(token, clock.instant().plus(oauthTtl));
        return token;
    }

    boolean bearerValid(String token) {
        Instant exp = bearer.get(token);
        if (exp == null) {
            return false;
        }
        if (!clock.instant().isBefore(exp)) {
            bearer.remove(token);
            return false;
        }
        return true;
    }

    String issueCode(String email, String accountCode, String redirectUri) {
        String code = randomToken();
        sso.put("code:" + code, new SsoGrant(email, accountCode, redirectUri, clock.instant().plus(SandboxBehaviour.SSO_CODE_TTL)));
        return code;
    }

    ImplicitTokens issueImplicit(String email, String accountCode, String redirectUri) {
        String id = randomToken();
        String access = randomToken();
        SsoGrant grant = new SsoGrant(email, accountCode, redirectUri, clock.instant().plus(SandboxBehaviour.SSO_TOKEN_TTL));
        // Either value may be sent as id_token (the newer docs say to send the access_token there); one use spends both.
        sso.put("token:" + id, grant);
        sso.put("token:" + access, grant);
        return new ImplicitTokens(id, access, SandboxBehaviour.SSO_TOKEN_TTL.toSeconds());
    }

    /**
     * Spends a code ({@code kind="code"}) or an implicit token ({@code kind="token"}). Synchronized so the id_token
     * and access_token of one sign-in, sent at the same moment, cannot both be accepted.
     *
     * @throws ApiException invalid_sso_token when unknown, used or expired; customer_account_id_mismatch when issued elsewhere
     */
    synchronized SsoGrant spend(String kind, String value, String accountCode) {
        SsoGrant grant = sso.remove(kind + ":" + value);
        if (grant != null) {
            sso.values().removeIf(g -> g == grant);
        }
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            throw ApiException.bad(SandboxBehaviour.BAD_SSO_TOKEN_CODE,
                    "The SSO " + ("code".equals(kind) ? "code" : "token") + " is unknown, expired or already used.");
        }
        if (!grant.accountCode().equals(accountCode)) {
            throw ApiException.bad("customer_account_id_mismatch", "The SSO grant was issued for another customer account.");
        }
        return grant;
    }

    private String randomToken() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
