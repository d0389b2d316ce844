package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.licensemanager.common.Cancellation;
import java.util.List;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The claim in HttpExchange: each request logged with method, path, status, code, duration, request id; no secrets, bodies or queries. */
class RequestLoggingTest {
    static final String SHARED = "shared-LOGMARK-key";
    static final String PASSWORD = "pw-LOGMARK-word";
    static final String KEY = "KEY-LOGMARK-ABCD";
    HttpServer server;
    final ListAppender<ILoggingEvent> events = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() throws Exception {
        // JDK server (MockWebServer needs an okhttp3.internal export the build does not grant).
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            byte[] b = "{\"status\":400,\"code\":\"license_not_found\",\"message\":\"License not found\"}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(400, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void stop() {
        root.detachAppender(events);
        server.stop(0);
    }

    @Test
    void requestsAreLoggedWithoutSecretsBodiesOrQueries() {
        ClientSettings s = ClientSettings.defaults("http://127.0.0.1:" + server.getAddress().getPort(),
                new ApiAuth.ApiKey("ak-1", Secret.of(SHARED)), null).withMaxAttempts(1).withTimeouts(java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(10));
        OkHttpLicenseApiClient client = new OkHttpLicenseApiClient(s);
        client.userLicenses("prod-x", new Identity.User("ann@example.com", Secret.of(PASSWORD)), new Cancellation());
        client.deactivate(DeactivateRequest.of("prod-x", "hw-1", new Identity.LicenseKey(KEY)), new Cancellation());

        List<String> requestLines = events.list.stream()
                .filter(e -> e.getLoggerName().equals("dev.licensemanager.api.requests"))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(requestLines).hasSize(2);
        assertThat(requestLines.get(0)).matches(
                "GET /api/v4/user_licenses -> 400 license_not_found in \\d+ ms \\[req [0-9a-f-]{36} attempt 1]");
        assertThat(requestLines.get(1)).matches(
                "POST /api/v4/deactivate_license -> 400 license_not_found in \\d+ ms \\[req [0-9a-f-]{36} attempt 1]");
        assertThat(events.list.stream().filter(e -> e.getLoggerName().equals("dev.licensemanager.api.requests"))
                .allMatch(e -> e.getLevel() == Level.INFO)).isTrue();
        for (ILoggingEvent e : events.list) {
            String all = e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertThat(all).as(e.getLoggerName()).doesNotContain("LOGMARK").doesNotContain("ann@example.com")
                    .doesNotContain("?").doesNotContain("{\"").doesNotContain("Authorization");
        }
    }
}
