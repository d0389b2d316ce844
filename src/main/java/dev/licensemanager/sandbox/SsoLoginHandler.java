package dev.licensemanager.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's own SSO sign-in page. GET shows a form listing the account's demo users; POST checks the password
 * and redirects (302) to {@code redirect_uri} with {@code ?code=&state=} or {@code #id_token=&access_token=&...&state=}.
 */
final class SsoLoginHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SsoLoginHandler.class);

    private final SandboxState state;
    private final SsoUrls urls;
    private final TokenStore tokens;

    SsoLoginHandler(SandboxState state, SsoUrls urls, TokenStore tokens) {
        this.state = state;
        this.urls = urls;
        this.tokens = tokens;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if ("GET".equals(ex.getRequestMethod())) {
                Map<String, Object> q = HttpIo.query(ex);
                page(ex, 200, q, null);
            } else if ("POST".equals(ex.getRequestMethod())) {
                Map<String, Object> form = HttpIo.parseForm(new String(HttpIo.body(ex), StandardCharsets.UTF_8));
                submit(ex, form);
            } else {
                HttpIo.send(ex, 405, "text/plain", "GET or POST".getBytes(StandardCharsets.UTF_8));
            }
        } catch (ApiException e) {
            HttpIo.send(ex, 400, "text/plain; charset=utf-8", (e.code() + ": " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        } finally {
            ex.close();
        }
    }

    private void submit(HttpExchange ex, Map<String, Object> form) throws IOException {
        String accountCode = str(form, "customer_account_code");
        String username = str(form, "username");
        String password = str(form, "password");
        String redirect;
        Seed.User user;
        synchronized (state) {
            Seed.CustomerAccount acc = urls.account(accountCode);
            redirect = SsoUrls.redirectUri(acc, str(form, "redirect_uri"));
            user = state.user(username).filter(u -> acc.code().equals(u.customerAccount())).orElse(null);
        }
        if (user == null || !Objects.equals(user.password(), password)) {
            LOG.debug("SSO sign-in refused for account {}", accountCode);
            page(ex, 401, form, "Wrong username or password.");
            return;
        }
        String stateParam = str(form, "state");
        String suffix = stateParam == null ? "" : "&state=" + SsoUrls.enc(stateParam);
        String location;
        if ("token".equals(str(form, "response_type"))) {
            TokenStore.ImplicitTokens t = tokens.issueImplicit(user.email(), accountCode, redirect);
            location = redirect + "#id_token=" + t.idToken() + "&access_token=" + t.accessToken()
                    + "&expires_in=" + t.expiresIn() + "&token_type=Bearer" + suffix;
        } else {
            String code = tokens.issueCode(user.email(), accountCode, redirect);
            location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code + suffix;
        }
        ex.getResponseHeaders().set("Location", location);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        HttpIo.send(ex, 302, null, new byte[0]);
    }

    private void page(HttpExchange ex, int status, Map<String, Object> params, String error) throws IOException {
        String accountCode = str(params, "customer_account_code");
        List<Seed.User> users;
        synchronized (state) {
            Seed.CustomerAccount acc = urls.account(accountCode);
            SsoUrls.redirectUri(acc, str(params, "redirect_uri"));
            users = state.users().stream().filter(u -> acc.code().equals(u.customerAccount())).toList();
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Sandbox SSO sign-in</title></head><body><h1>Sandbox SSO sign-in</h1>"
                + "<p>Customer account <b>" + esc(accountCode) + "</b>. This is the License Manager sandbox, not a real identity provider.</p>");
        if (error != null) {
            html.append("<p id=\"error\" role=\"alert\">").append(esc(error)).append("</p>");
        }
        html.append("<p>Demo users: ");
        users.forEach(u -> html.append("<code class=\"demo-user\">").append(esc(u.email())).append("</code> "));
        html.append("</p><form method=\"post\" action=\"").append(SsoUrls.LOGIN_PATH).append("\">");
        for (String hidden : new String[] {"customer_account_code", "product", "response_type", "redirect_uri", "state"}) {
            String v = str(params, hidden);
            if (v != null) {
                html.append("<input type=\"hidden\" name=\"").append(hidden).append("\" value=\"").append(esc(v)).append("\">");
            }
        }
        html.append("<label>Username <input id=\"username\" name=\"username\" autocomplete=\"username\"></label>")
                .append("<label>Password <input id=\"password\" name=\"password\" type=\"password\"></label>")
                .append("<button id=\"sign-in\" type=\"submit\">Sign in</button></form></body></html>");
        HttpIo.send(ex, status, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null || v.toString().isEmpty() ? null : v.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
