package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The sandbox logs every request at DEBUG, and none of its lines carries a key, password or token. */
class SandboxLogSecretsTest {
    @Test
    void debugLogHoldsNoSecrets() {
        Logger log = (Logger) LoggerFactory.getLogger("dev.licensemanager.sandbox");
        Level before = log.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        log.setLevel(Level.DEBUG);
        String token;
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().thisMachineHardwareId(() -> Optional.of("hw-log")).build())) {
            TestClient c = new TestClient(s);
            c.get("user_licenses", m("product", "demo-user", "username", "alice@example.com", "password", "demo-password"));
            c.get("user_licenses", m("product", "demo-user", "username", "alice@example.com", "password", "wrong-pass-123"));
            c.post("deactivate_license", m("product", "demo-key", "license_key", "DEMO-KEY-1111-2222", "hardware_id", "hw-log"));
            var tokenResponse = c.send(HttpRequest.newBuilder(URI.create(s.tokenUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + s.oauthClientId()
                            + "&client_secret=" + s.oauthClientSecret())).build());
            token = TestClient.tree(tokenResponse).path("access_token").asText();
            c.send(HttpRequest.newBuilder(c.uri("product_details", m("product", "demo-key")))
                    .header("Date", c.date()).header("Authorization", "Bearer " + token).build());
            String sig = TestClient.sign(s.sharedKey(), c.date());
            List<String> secrets = List.of(s.sharedKey(), s.apiKey(), s.oauthClientSecret(), token, sig, "demo-password",
                    "wrong-pass-123");
            List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).anyMatch(l -> l.contains("GET /api/v4/user_licenses -> 400 invalid_credentials"));
            assertThat(lines).anyMatch(l -> l.contains("POST /api/v4/deactivate_license -> 200"));
            for (String line : lines) {
                for (String secret : secrets) {
                    assertThat(line).doesNotContain(secret);
                }
            }
        } finally {
            log.detachAppender(captured);
            log.setLevel(before);
        }
    }
}
