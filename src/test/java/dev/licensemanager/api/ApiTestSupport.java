package dev.licensemanager.api;

import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import mockwebserver3.MockWebServer;

/** Shared helpers for client tests: a loopback MockWebServer, settings with short timeouts, RSA signing. */
final class ApiTestSupport {
    static final KeyPair KEYS = generate();

    private ApiTestSupport() {
    }

    static MockWebServer start() throws Exception {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    static String base(MockWebServer server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    static ClientSettings settings(MockWebServer server) {
        return ClientSettings.defaults(base(server), new ApiAuth.ApiKey("my-api-key", Secret.of("test-shared-key")),
                        KEYS.getPublic())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    static String sign(byte[] body, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(body);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
