package dev.licensemanager.sandbox;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The sandbox tests' fixture: a fresh sandbox and a raw HTTP client for each test, closed after it.
 * {@code @RegisterExtension final RunningSandbox sandbox = new RunningSandbox(options);}
 */
final class RunningSandbox implements AfterEachCallback {
    final SandboxServer server;
    final TestClient client;

    /** A sandbox with these options; requests are signed with the system clock. */
    RunningSandbox(SandboxOptions options) {
        this(options, null);
    }

    /** A sandbox whose own clock and whose client's signing clock is {@code clock}. */
    RunningSandbox(SandboxOptions.Builder options, MutableClock clock) {
        this(options.clock(clock).build(), clock);
    }

    private RunningSandbox(SandboxOptions options, MutableClock clock) {
        server = SandboxServer.start(options);
        client = clock == null ? new TestClient(server) : new TestClient(server, clock);
    }

    /** A sandbox on which this computer's hardware ID is {@code hardwareId}. */
    static RunningSandbox thisMachine(String hardwareId) {
        return new RunningSandbox(SandboxOptions.builder().thisMachineHardwareId(() -> Optional.of(hardwareId)).build());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }
}
