package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keycloak-like client-credentials token endpoint: form POST {@code grant_type=client_credentials&client_id&client_secret}
 * (or HTTP Basic) answers {@code {access_token, expires_in, refresh_expires_in, token_type:"Bearer", ...}}; bad credentials 401.
 */
final class OAuthTokenHandler implements HttpHandler {
    static final String PATH = "/realms/user-portal/protocol/openid-connect/token";
    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenHandler.class);

    private final ObjectMapper mapper;
    private final TokenStore tokens;
    private final String clientId;
    private final String clientSecret;

    OAuthTokenHandler(ObjectMapper mapper, TokenStore tokens, String clientId, String clientSecret) {
        this.mapper = mapper;
        this.tokens = tokens;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (!"POST".equals(ex.getRequestMethod())) {
                send(ex, 405, error("invalid_request", "POST only"));
                return;
            }
            Map<String, Object> form = HttpIo.parseForm(new String(HttpIo.body(ex), StandardCharsets.UTF_8));
            String id = (String) form.get("client_id");
            String secret = (String) form.get("client_secret");
            String basic = ex.getRequestHeaders().getFirst("Authorization");
            if (id == null && basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
                String[] pair = new String(java.util.Base64.getDecoder().decode(basic.substring(6).trim()),
                        StandardCharsets.UTF_8).split(":", 2);
                id = HttpIo.decode(pair[0]);
                secret = pair.length > 1 ? HttpIo.decode(pair[1]) : null;
            }
            if (!"client_credentials".equals(form.get("grant_type"))) {
                send(ex, 400, error("unsupported_grant_type", "Only client_credentials is supported."));
                return;
            }
            if (!clientId.equals(id) || secret == null || !MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
                    secret.getBytes(StandardCharsets.UTF_8))) {
                LOG.debug("POST {} -> 401 invalid_client", PATH);
                send(ex, 401, error("invalid_client", "Invalid client or Invalid client credentials"));
                return;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("access_token", tokens.issueBearer());
            m.put("expires_in", tokens.oauthTtl().toSeconds());
            m.put("refresh_expires_in", 0);
            m.put("token_type", "Bearer");
            m.put("not-before-policy", 0);
            m.put("scope", "profile email");
            LOG.debug("POST {} -> 200", PATH);
            send(ex, 200, m);
        } catch (ApiException | IllegalArgumentException e) {
            send(ex, 400, error("invalid_request", "Malformed token request."));
        } finally {
            ex.close();
        }
    }

    private static Map<String, Object> error(String code, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("error_description", description);
        return m;
    }

    private void send(HttpExchange ex, int status, Object body) throws IOException {
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        HttpIo.send(ex, status, "application/json", mapper.writeValueAsBytes(body));
    }
}
