package dev.licensemanager.api;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The API client tests' fixture: a MockWebServer on loopback for each test, closed after it.
 * {@code @RegisterExtension final LoopbackApi api = new LoopbackApi();}
 */
final class LoopbackApi implements AfterEachCallback {
    final MockWebServer server;

    LoopbackApi() {
        try {
            server = ApiTestSupport.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the loopback server", e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }
}
