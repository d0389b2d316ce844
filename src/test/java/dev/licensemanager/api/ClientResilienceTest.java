package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timeouts, resets, retries, lost responses, OAuth, proxies and cancellation against a loopback server. */
class ClientResilienceTest {
    @RegisterExtension
    final LoopbackApi api = new LoopbackApi();
    private final MockWebServer server = api.server;

    private static DeactivateRequest request() {
        return DeactivateRequest.of("p", "hw", new Identity.LicenseKey("K-1"));
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().body("license_deactivated").build();
    }

    private static MockResponse error(int status, String code) {
        return new MockResponse.Builder().code(status)
                .body("{\"status\":" + status + ",\"code\":\"" + code + "\",\"message\":\"m\"}").build();
    }

    @Test
    void hangingServerTimesOutAsReadTimeoutWithinTheDeadline() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        var s = ApiTestSupport.settings(server).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400),
                Duration.ofSeconds(5), Duration.ofSeconds(10)).withMaxAttempts(2);
        ApiResult<String> r = new OkHttpLicenseApiClient(s).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.TransportError.class, t -> {
            assertThat(t.kind()).isEqualTo(NetworkKind.READ_TIMEOUT);
            assertThat(t.info().attempts()).isEqualTo(2);
            assertThat(t.info().earlierResponseLost()).isTrue();
        });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void resetBeforeTheResponseIsRetriedAndTheSuccessCounts() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok());
        ApiResult<String> r = new OkHttpLicenseApiClient(ApiTestSupport.settings(server)).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.Success.class, s -> {
            assertThat(s.info().attempts()).isEqualTo(2);
            assertThat(s.info().earlierResponseLost()).isTrue();
        });
    }

    @Test
    void lostResponseThenDeviceNotFoundIsMarkedAsLost() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(error(400, "device_not_found"));
        ApiResult<String> r = new OkHttpLicenseApiClient(ApiTestSupport.settings(server)).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.ApiError.class, e -> {
            assertThat(e.code()).isEqualTo("device_not_found");
            assertThat(e.info().earlierResponseLost()).as("the first request went out; its answer never came").isTrue();
            assertThat(e.info().earlierSuccessLost()).as("no answer began, so nothing proves the server acted")
                    .isFalse();
        });
    }

    @Test
    void rateLimitHonoursRetryAfterThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(ok());
        long t0 = System.nanoTime();
        ApiResult<String> r = new OkHttpLicenseApiClient(ApiTestSupport.settings(server)).deactivate(request(), Cancellation.none());
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r).isInstanceOf(ApiResult.Success.class);
        assertThat(r.info().attempts()).isEqualTo(2);
        assertThat(r.info().earlierResponseLost()).isFalse();
        assertThat(waitedMs).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
    }

    @Test
    void retryAfterBeyondTheDeadlineReturnsTheRateLimitAtOnce() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
        var s = ApiTestSupport.settings(server).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(10));
        ApiResult<String> r = new OkHttpLicenseApiClient(s).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.code()).isEqualTo("http_429");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedUpToTheLimitThenReported() {
        for (int i = 0; i < 3; i++) {
            // 1 s: a real wait between attempts (Retry-After: 0 is covered in FaultKeepAliveTest).
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").body("<html>down</html>")
                    .addHeader("Content-Type", "text/html").build());
        }
        var s = ApiTestSupport.settings(server).withMaxAttempts(3);
        ApiResult<String> r = new OkHttpLicenseApiClient(s).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.ApiError.class, e -> assertThat(e.code()).isEqualTo("http_503"));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void connectionRefusedIsNamedAndNeverLost() throws Exception {
        int port = server.getPort();
        server.close();
        var s = ApiTestSupport.settings(server).withBaseUrl("http://127.0.0.1:" + port).withMaxAttempts(2);
        ApiResult<String> r = new OkHttpLicenseApiClient(s).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.TransportError.class, t -> {
            assertThat(t.kind()).isEqualTo(NetworkKind.REFUSED);
            assertThat(t.info().earlierResponseLost()).isFalse();
        });
    }

    @Test
    void unresolvableHostIsDns() {
        var s = ApiTestSupport.settings(server).withBaseUrl("https://no-such-host.invalid").withMaxAttempts(1);
        ApiResult<String> r = new OkHttpLicenseApiClient(s).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.TransportError.class,
                t -> assertThat(t.kind()).isEqualTo(NetworkKind.DNS));
    }

    @Test
    void oauthTokenIsFetchedOnceCachedAndSentAsBearerWithDate() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .body("{\"access_token\":\"tok-1\",\"expires_in\":480,\"token_type\":\"Bearer\"}").build());
        server.enqueue(ok());
        server.enqueue(ok());
        var auth = new ApiAuth.OAuthClient("cid", Secret.of("csecret"), ApiTestSupport.base(server) + "/token");
        var s = ClientSettings.defaults(ApiTestSupport.base(server), auth, ApiTestSupport.KEYS.getPublic());
        var client = new OkHttpLicenseApiClient(s);
        assertThat(client.deactivate(request(), Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        assertThat(client.deactivate(request(), Cancellation.none())).isInstanceOf(ApiResult.Success.class);

        RecordedRequest token = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(token.getTarget()).isEqualTo("/token");
        assertThat(token.getBody().utf8()).isEqualTo("grant_type=client_credentials&client_id=cid&client_secret=csecret");
        for (int i = 0; i < 2; i++) {
            RecordedRequest call = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(call.getTarget()).isEqualTo("/api/v4/deactivate_license");
            assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
            assertThat(call.getHeaders().get("Date")).matches("\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        }
        assertThat(server.getRequestCount()).as("one token request for two calls").isEqualTo(3);
    }

    @Test
    void rejectedOAuthCredentialsAreAVendorConfigError() {
        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}").build());
        var auth = new ApiAuth.OAuthClient("cid", Secret.of("wrong"), ApiTestSupport.base(server) + "/token");
        var client = new OkHttpLicenseApiClient(ClientSettings.defaults(ApiTestSupport.base(server), auth, null));
        assertThat(client.deactivate(request(), Cancellation.none())).isInstanceOfSatisfying(ApiResult.ApiError.class,
                e -> assertThat(e.code()).isEqualTo("oauth_invalid_client"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void proxyDemandingAuthIsProxyAuth() {
        server.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        // The MockWebServer acts as an explicit HTTP proxy for a plain-http loopback target.
        var s = ApiTestSupport.settings(server).withBaseUrl("http://127.0.0.1:9")
                .withProxy(new ProxySettings.Explicit("127.0.0.1", server.getPort(), null, null));
        ApiResult<String> r = new OkHttpLicenseApiClient(s).deactivate(request(), Cancellation.none());
        assertThat(r).isInstanceOfSatisfying(ApiResult.TransportError.class,
                t -> assertThat(t.kind()).isEqualTo(NetworkKind.PROXY_AUTH));
    }

    @Test
    void cancelAbortsAHangingCall() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        var s = ApiTestSupport.settings(server).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
        Cancellation cancel = new Cancellation();
        var future = CompletableFuture.supplyAsync(() -> new OkHttpLicenseApiClient(s).deactivate(request(), cancel));
        assertThat(server.takeRequest(10, TimeUnit.SECONDS)).as("request reached the server").isNotNull();
        cancel.cancel();
        ApiResult<String> r = future.get(10, TimeUnit.SECONDS);
        assertThat(r).isInstanceOfSatisfying(ApiResult.Cancelled.class, c -> assertThat(c.info().attempts()).isEqualTo(1));
    }
}
