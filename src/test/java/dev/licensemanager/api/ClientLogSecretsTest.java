package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.licensemanager.common.Cancellation;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Every log line at every level, for every client path, is free of secrets. */
class ClientLogSecretsTest {
    private static final List<String> MARKERS = List.of("SHARED-K3Y-MARK", "CLIENT-S3CRET-MARK", "PASSW0RD-MARK",
            "SSO-T0KEN-MARK", "ACCESS-T0KEN-MARK", "SSO-C0DE-MARK");

    private MockWebServer server;
    private ListAppender<ILoggingEvent> appender;
    private Logger root;
    private Level previous;

    @BeforeEach
    void setUp() throws Exception {
        server = ApiTestSupport.start();
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        root.setLevel(Level.ALL);
        appender = new ListAppender<>();
        appender.setContext(ctx);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(appender);
        root.setLevel(previous);
        server.close();
    }

    @Test
    void noSecretInAnyLogLine() {
        var hmac = new OkHttpLicenseApiClient(ClientSettings.defaults(ApiTestSupport.base(server),
                new ApiAuth.ApiKey("api-key", Secret.of("SHARED-K3Y-MARK")), ApiTestSupport.KEYS.getPublic()));
        server.enqueue(new MockResponse.Builder().body("license_deactivated").build());
        server.enqueue(new MockResponse.Builder().code(400).body("{\"status\":400,\"code\":\"invalid_credentials\",\"message\":\"no\"}").build());
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(new MockResponse.Builder().code(400).body("{\"status\":400,\"code\":\"device_not_found\",\"message\":\"x\"}").build());
        server.enqueue(new MockResponse.Builder().body("<html>proxy</html>").build());
        server.enqueue(new MockResponse.Builder().body("[]").build());
        hmac.deactivate(DeactivateRequest.of("p", "h", new Identity.User("u", Secret.of("PASSW0RD-MARK"))), Cancellation.none());
        hmac.deactivate(DeactivateRequest.of("p", "h", new Identity.User("u", Secret.of("PASSW0RD-MARK"))), Cancellation.none());
        hmac.deactivate(DeactivateRequest.of("p", "h", new Identity.SsoToken(Secret.of("SSO-T0KEN-MARK"), "acme", null)), Cancellation.none());
        hmac.deactivate(DeactivateRequest.of("p", "h", new Identity.SsoCode(Secret.of("SSO-C0DE-MARK"), "acme", null)), Cancellation.none());
        hmac.userLicenses("p", new Identity.User("u", Secret.of("PASSW0RD-MARK")), Cancellation.none());

        var oauth = new OkHttpLicenseApiClient(ClientSettings.defaults(ApiTestSupport.base(server),
                new ApiAuth.OAuthClient("cid", Secret.of("CLIENT-S3CRET-MARK"), ApiTestSupport.base(server) + "/token"), null));
        server.enqueue(new MockResponse.Builder().body("{\"access_token\":\"ACCESS-T0KEN-MARK\",\"expires_in\":60}").build());
        server.enqueue(new MockResponse.Builder().code(500).body("boom").build());
        server.enqueue(new MockResponse.Builder().body("license_deactivated").build());
        oauth.deactivate(DeactivateRequest.of("p", "h", new Identity.LicenseKey("K")), Cancellation.none());

        assertThat(appender.list).as("the client logs its requests").isNotEmpty();
        for (ILoggingEvent e : appender.list) {
            String text = e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            for (String marker : MARKERS) {
                assertThat(text).as("log line at " + e.getLevel()).doesNotContain(marker);
            }
        }
    }
}
