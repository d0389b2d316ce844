package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both SSO grants through the sandbox's login page, redirects read by an HTTP client. */
class SandboxSsoTest {
    private static final String REDIRECT = "http://127.0.0.1:53682/callback";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");

    private final MutableClock clock = MutableClock.startingNow();
    @RegisterExtension
    final RunningSandbox sandbox = new RunningSandbox(SandboxOptions.builder(), clock);
    private final SandboxServer server = sandbox.server;
    private final TestClient client = sandbox.client;

    /** sso_url → login page → form POST → the redirect's Location. */
    private URI signIn(String responseType, String username, String password) {
        HttpResponse<String> sso = client.get("sso_url", m("product", "demo-user", "customer_account_code", "demo-corp",
                "response_type", responseType, "redirect_uri", REDIRECT, "state", "st-42"));
        assertThat(sso.statusCode()).as(sso.body()).isEqualTo(200);
        String url = TestClient.tree(sso).path("url").asText();
        assertThat(url).startsWith(server.baseUrl() + "/sandbox/sso/login");
        return submitLogin(client, url, username, password);
    }

    /** Fetches the login page at {@code url}, fills the form, posts it; the redirect's Location, or null if refused. */
    static URI submitLogin(TestClient client, String url, String username, String password) {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("alice@example.com").contains("<form");
        Map<String, String> form = new LinkedHashMap<>();
        Matcher h = HIDDEN.matcher(page.body());
        while (h.find()) {
            form.put(h.group(1), h.group(2).replace("&amp;", "&").replace("&quot;", "\""));
        }
        form.put("username", username);
        form.put("password", password);
        String body = form.entrySet().stream().map(e -> TestClient.enc(e.getKey()) + "=" + TestClient.enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(client.server.baseUrl() + "/sandbox/sso/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (post.statusCode() != 302) {
            return null;
        }
        return URI.create(post.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, String> params(String raw) {
        return HttpIo.parseForm(raw).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
    }

    @Test
    void codeGrantIsSingleUse() {
        URI location = signIn("code", "alice@example.com", "demo-password");
        assertThat(location.toString()).startsWith(REDIRECT + "?");
        Map<String, String> q = params(location.getRawQuery());
        assertThat(q).containsEntry("state", "st-42").containsKey("code");

        Map<String, Object> act = m("product", "demo-user", "code", q.get("code"), "customer_account_code", "demo-corp",
                "hardware_id", "pc-sso");
        HttpResponse<String> ok = client.post("activate_license", act);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(TestClient.tree(ok).path("user").path("email").asText()).isEqualTo("alice@example.com");
        assertThat(TestClient.code(client.post("activate_license", act))).isEqualTo(SandboxBehaviour.BAD_SSO_TOKEN_CODE);

        String code2 = params(signIn("code", "alice@example.com", "demo-password").getRawQuery()).get("code");
        HttpResponse<String> off = client.post("deactivate_license", m("product", "demo-user", "code", code2,
                "customer_account_code", "demo-corp", "hardware_id", "pc-sso"));
        assertThat(off.body()).isEqualTo("license_deactivated");
    }

    @Test
    void implicitGrantReturnsTokensInTheFragment() {
        URI location = signIn("token", "bob@example.com", "bob-password");
        assertThat(location.getRawQuery()).isNull();
        Map<String, String> f = params(location.getRawFragment());
        assertThat(f).containsKeys("id_token", "access_token").containsEntry("token_type", "Bearer")
                .containsEntry("state", "st-42").containsEntry("expires_in", String.valueOf(SandboxBehaviour.SSO_TOKEN_TTL.toSeconds()));

        // the newer docs say to send the access_token value as id_token
        Map<String, Object> list = m("product", "demo-user", "id_token", f.get("access_token"), "customer_account_code", "demo-corp");
        HttpResponse<String> r = client.get("user_licenses", list);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(TestClient.tree(r).get(0).path("user").path("email").asText()).isEqualTo("bob@example.com");
        assertThat(TestClient.code(client.get("user_licenses", m("product", "demo-user", "id_token", f.get("id_token"),
                "customer_account_code", "demo-corp")))).as("one use spends both tokens").isEqualTo(SandboxBehaviour.BAD_SSO_TOKEN_CODE);
    }

    @Test
    void wrongPasswordStaysOnThePage() {
        assertThat(signIn("code", "alice@example.com", "wrong")).isNull();
    }

    @Test
    void codesExpireAndAreBoundToTheAccount() {
        String code = params(signIn("code", "alice@example.com", "demo-password").getRawQuery()).get("code");
        clock.advance(SandboxBehaviour.SSO_CODE_TTL.plusSeconds(1));
        assertThat(TestClient.code(client.post("activate_license", m("product", "demo-user", "code", code,
                "customer_account_code", "demo-corp", "hardware_id", "pc")))).isEqualTo(SandboxBehaviour.BAD_SSO_TOKEN_CODE);

        String code2 = params(signIn("code", "alice@example.com", "demo-password").getRawQuery()).get("code");
        assertThat(TestClient.code(client.post("activate_license", m("product", "demo-user", "code", code2,
                "customer_account_code", "no-sso-corp", "hardware_id", "pc")))).isEqualTo("customer_account_id_mismatch");
    }

    @Test
    void ssoUrlValidation() {
        assertThat(TestClient.code(client.get("sso_url", m("product", "demo-user", "customer_account_code", "nope"))))
                .isEqualTo("customer_account_not_found");
        assertThat(TestClient.code(client.get("sso_url", m("product", "demo-user", "customer_account_code", "no-sso-corp"))))
                .isEqualTo(SandboxBehaviour.SSO_DISABLED_CODE);
        assertThat(TestClient.code(client.get("sso_url", m("product", "demo-user", "customer_account_code", "demo-corp"))))
                .as("several/any redirect URIs: redirect_uri required").isEqualTo("validation_error");
        assertThat(TestClient.code(client.get("sso_url", m("product", "demo-user", "customer_account_code", "demo-corp",
                "redirect_uri", REDIRECT, "response_type", "id_token")))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.get("sso_url", m("product", "nope", "customer_account_code", "demo-corp",
                "redirect_uri", REDIRECT)))).isEqualTo("unknown_product");
    }
}
