package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.testsupport.KeepAliveServer;
import dev.licensemanager.testsupport.KeepAliveServer.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the client counts and reports per attempt, against a loopback server with real keep-alive behaviour. */
class AttemptAccountingTest {

    private static ClientSettings settings(KeepAliveServer server, int maxAttempts) {
        return ClientSettings.defaults(server.url(), new ApiAuth.ApiKey("k", Secret.of("s")), null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofSeconds(3),
                        Duration.ofSeconds(10))
                .withMaxAttempts(maxAttempts).withProxy(new ProxySettings.Direct());
    }

    private static DeactivateRequest request() {
        return DeactivateRequest.of("p", "hw", new Identity.LicenseKey("K-1"));
    }

    @Test
    void aServerAnswerBeatsALaterTimeoutAndEveryAttemptIsInTheLog() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(0, Answer.html(502),
                Answer.text(200, "license_deactivated").after(3000))) {
            ApiResult<String> r = new OkHttpLicenseApiClient(settings(server, 2)).deactivate(request(),
                    Cancellation.none());
            assertThat(r).isInstanceOfSatisfying(ApiResult.ApiError.class, e -> {
                assertThat(e.code()).isEqualTo("http_502");
                assertThat(e.info().attempts()).isEqualTo(2);
                assertThat(e.info().earlierResponseLost()).as("attempt 2 went out and got no answer").isTrue();
                assertThat(e.info().earlierSuccessLost()).isFalse();
                assertThat(e.info().attemptLog()).hasSize(2);
                assertThat(e.info().attemptLog().get(0)).startsWith("attempt 1: HTTP 502 http_502");
                assertThat(e.info().attemptLog().get(1))
                        .startsWith("attempt 2: READ_TIMEOUT after the request was written");
            });
            assertThat(server.requests("deactivate_license")).hasSize(2);
        }
    }

    @Test
    void aTimeoutOnAReusedConnectionIsASlowServerNotAStaleConnection() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(0, Answer.text(200, "license_deactivated"),
                Answer.text(200, "license_deactivated").after(3000))) {
            OkHttpLicenseApiClient client = new OkHttpLicenseApiClient(settings(server, 1));
            assertThat(client.deactivate(request(), Cancellation.none())).isInstanceOf(ApiResult.Success.class);
            ApiResult<String> r = client.deactivate(request(), Cancellation.none());
            assertThat(r).isInstanceOfSatisfying(ApiResult.TransportError.class, t -> {
                assertThat(t.kind()).isEqualTo(NetworkKind.READ_TIMEOUT);
                assertThat(t.info().attempts()).isEqualTo(1);
                assertThat(t.info().earlierResponseLost()).as("the server has it and may act").isTrue();
            });
            assertThat(server.connections()).as("the second call reused the first call's connection").isEqualTo(1);
            assertThat(server.requests("deactivate_license")).as("and was not re-sent").hasSize(2);
        }
    }

    @Test
    void aConnectionClosedAfterAnAnnouncedCloseIsNeverReused() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(0, Answer.html(503).header("Retry-After", "0")
                .thenCloseAnnounced(), Answer.text(200, "license_deactivated"))) {
            ApiResult<String> r = new OkHttpLicenseApiClient(settings(server, 2)).deactivate(request(),
                    Cancellation.none());
            assertThat(r).isInstanceOf(ApiResult.Success.class);
            assertThat(r.info().attempts()).isEqualTo(2);
            assertThat(r.info().attemptLog()).noneMatch(l -> l.contains("already closed"));
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void aStaleConnectionOnTheLastAttemptIsStillResentAndNotCounted() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(0, Answer.html(503).header("Retry-After", "0").thenClose(),
                Answer.text(200, "license_deactivated"))) {
            ApiResult<String> r = new OkHttpLicenseApiClient(settings(server, 2)).deactivate(request(),
                    Cancellation.none());
            assertThat(r).as(String.valueOf(r.info().attemptLog())).isInstanceOf(ApiResult.Success.class);
            assertThat(r.info().attempts()).isEqualTo(2);
            assertThat(r.info().earlierResponseLost()).isFalse();
            assertThat(server.requests("deactivate_license")).hasSize(2);
            assertThat(r.info().attemptLog()).anyMatch(l -> l.contains("kept-alive connection the server had already"
                    + " closed")).anyMatch(l -> l.contains("sent again at once on a new connection"));
        }
    }
}
