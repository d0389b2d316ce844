package dev.licensemanager.sso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.CallInfo;
import dev.licensemanager.api.CheckRequest;
import dev.licensemanager.api.DeactivateRequest;
import dev.licensemanager.api.Identity;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.LicenseFacts;
import dev.licensemanager.api.ProductDetails;
import dev.licensemanager.api.SsoUrl;
import dev.licensemanager.api.UserLicense;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.SsoSignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The RFC 8252 receiver over real loopback HTTP: redirect URI, state check, fragment relay, cancel. */
class LoopbackSsoSignInTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private String askedRedirect;
    private String askedType;

    private LoopbackSsoSignIn signIn(String grant, int port, String path) {
        LicenseApiClient client = new StubClient() {
            @Override
            public ApiResult<SsoUrl> ssoUrl(String product, String account, String type, String redirect,
                                            Cancellation cancel) {
                askedRedirect = redirect;
                askedType = type;
                return new ApiResult.Success<>(new SsoUrl("http://idp.invalid/login?customer_account_code=" + account),
                        CallInfo.notSent("r"));
            }
        };
        return new LoopbackSsoSignIn(client, "demo", new VendorConfig.Sso("acme", dev.licensemanager.config.SsoGrant.parse(grant), port, path),
                url -> { }, Duration.ofSeconds(20));
    }

    @Test
    void codeGrantOnEphemeralLoopbackPortWithStateChecked() throws Exception {
        SsoSignIn.Start start = signIn("code", 0, "/callback").start("acme", Cancellation.none());
        SsoSignIn.Session s = start.session();
        assertThat(askedType).isEqualTo("code");
        assertThat(s.redirectUri()).matches("http://127\\.0\\.0\\.1:\\d+/callback").isEqualTo(askedRedirect);
        String state = Map.of("u", s.url()).get("u").replaceAll(".*[?&]state=([^&]+).*", "$1");
        assertThat(state).hasSizeGreaterThan(20);
        CompletableFuture<SsoSignIn.Callback> cb = CompletableFuture.supplyAsync(() -> s.await(Cancellation.none()));
        HttpResponse<String> forged = get(s.redirectUri() + "?code=evil&state=wrong");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(cb).isNotDone();
        HttpResponse<String> ok = get(s.redirectUri() + "?code=abc%2F1&state=" + state);
        assertThat(ok.body()).contains("Signed in", "close");
        SsoSignIn.Callback result = cb.get();
        assertThat(new String(result.secret())).isEqualTo("abc/1");
        assertThat(s.kind()).isEqualTo(CredentialKind.SSO_CODE);
    }

    @Test
    void implicitGrantRelaysTheFragmentAndUsesTheConfiguredPortAndPath() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SsoSignIn.Session s = signIn("implicit", port, "/sso/done").start("acme", Cancellation.none()).session();
        assertThat(askedType).isEqualTo("token");
        assertThat(s.redirectUri()).isEqualTo("http://127.0.0.1:" + port + "/sso/done");
        String state = s.url().replaceAll(".*[?&]state=([^&]+).*", "$1");
        CompletableFuture<SsoSignIn.Callback> cb = CompletableFuture.supplyAsync(() -> s.await(Cancellation.none()));
        assertThat(get(s.redirectUri()).body()).contains("location.hash");
        get(s.redirectUri() + "?id_token=ID&access_token=AT&token_type=Bearer&state=" + state);
        assertThat(new String(cb.get().secret())).isEqualTo("AT");
    }

    @Test
    void identityProviderErrorAndCancelBecomeOutcomes() throws Exception {
        SsoSignIn.Session s = signIn("code", 0, "/callback").start("acme", Cancellation.none()).session();
        String state = s.url().replaceAll(".*[?&]state=([^&]+).*", "$1");
        CompletableFuture<SsoSignIn.Callback> cb = CompletableFuture.supplyAsync(() -> s.await(Cancellation.none()));
        get(s.redirectUri() + "?error=access_denied&state=" + state);
        assertThat(cb.get().failure().code()).isEqualTo("sso_access_denied");

        SsoSignIn.Session s2 = signIn("code", 0, "/callback").start("acme", Cancellation.none()).session();
        Cancellation cancel = new Cancellation();
        CompletableFuture<SsoSignIn.Callback> cb2 = CompletableFuture.supplyAsync(() -> s2.await(cancel));
        cancel.cancel();
        assertThat(cb2.get().failure().kind()).isEqualTo(OutcomeKind.CANCELLED);
    }

    @Test
    void stateIsAddedOnlyWhenMissing() {
        assertThat(LoopbackSsoSignIn.withState("http://x/a?b=1", "S")).isEqualTo("http://x/a?b=1&state=S");
        assertThat(LoopbackSsoSignIn.withState("http://x/a?state=T", "S")).isEqualTo("http://x/a?state=T");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Only sso_url is used here. */
    private abstract static class StubClient implements LicenseApiClient {
        @Override
        public ApiResult<String> deactivate(DeactivateRequest request, Cancellation cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApiResult<LicenseFacts> checkLicense(CheckRequest request, Cancellation cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApiResult<List<UserLicense>> userLicenses(String product, Identity identity, Cancellation cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApiResult<ProductDetails> productDetails(String product, Cancellation cancel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApiResult<String> deactivateOffline(String base64Payload, Cancellation cancel) {
            throw new UnsupportedOperationException();
        }
    }
}
