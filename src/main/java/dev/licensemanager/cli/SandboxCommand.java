package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.sandbox.SandboxDemo;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code license-manager sandbox}: runs the embedded License API sandbox in the foreground until Ctrl-C / SIGTERM.
 * The blocking wait is on a latch, so tests run it in a thread and stop it with {@link #stop()}.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run the built-in LicenseSpring-compatible License API sandbox on 127.0.0.1 until Ctrl-C. "
                + "Keys can be set with LM_SANDBOX_API_KEY / LM_SANDBOX_SHARED_KEY. See docs/sandbox.md.")
public final class SandboxCommand implements Callable<Integer> {
    private final CliContext ctx;
    private final Supplier<Optional<String>> thisMachineHardwareId;
    private final boolean shutdownHook;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Option(names = "--seed", paramLabel = "FILE", description = "JSON seed file (default: the built-in demo data).")
    Path seed;

    @Option(names = "--state", paramLabel = "FILE", description = "Keep state (devices, signing key) in this file across restarts.")
    Path state;

    @Option(names = "--json", description = "Print one JSON object (base_url, keys, demo credentials) as the first stdout line.")
    boolean json;

    public SandboxCommand(CliContext ctx) {
        this(ctx, Optional::empty, true);
    }

    /** @param thisMachineHardwareId pre-activates this machine in the built-in seed, so the demo can deactivate at once */
    public SandboxCommand(CliContext ctx, Supplier<Optional<String>> thisMachineHardwareId, boolean shutdownHook) {
        this.ctx = ctx;
        this.thisMachineHardwareId = thisMachineHardwareId;
        this.shutdownHook = shutdownHook;
    }

    /** Asks a running sandbox command to stop; {@link #call()} then closes the server and returns. */
    public void stop() {
        stop.countDown();
    }

    @Override
    public Integer call() throws InterruptedException {
        SandboxOptions options = SandboxOptions.builder().port(port).seedFile(seed).stateFile(state)
                .apiKey(ctx.env().get("LM_SANDBOX_API_KEY")).sharedKey(ctx.env().get("LM_SANDBOX_SHARED_KEY"))
                .thisMachineHardwareId(thisMachineHardwareId).build();
        SandboxServer server;
        try {
            server = SandboxServer.start(options);
        } catch (IllegalArgumentException e) {
            ctx.err().println("Cannot start the sandbox: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (UncheckedIOException e) {
            // The cause says why ("cannot listen on 127.0.0.1:8080: Address already in use"); the wrapper only repeats us.
            ctx.err().println("Cannot start the sandbox: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            return ExitCodes.USAGE;
        }
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS); // let the state file be written before the JVM exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sandbox-shutdown");
        if (shutdownHook) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            if (json) {
                JsonOut.print(ctx.out(), describe(server));
            } else {
                printHuman(ctx.out(), server);
            }
            ctx.out().flush();
            stop.await();
            return ExitCodes.OK;
        } finally {
            server.close();
            stopped.countDown();
            if (shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook is running
                }
            }
        }
    }

    static Map<String, Object> describe(SandboxServer server) {
        SandboxDemo d = server.demo();
        Map<String, Object> demo = new LinkedHashMap<>();
        demo.put("key_product", d.keyProduct());
        demo.put("license_key", d.licenseKey());
        demo.put("user_product", d.userProduct());
        demo.put("username", d.username());
        demo.put("password", d.password());
        demo.put("customer_account_code", d.customerAccountCode());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base_url", server.baseUrl());
        m.put("api_key", server.apiKey());
        m.put("shared_key", server.sharedKey());
        m.put("public_key_file", server.publicKeyFile().toString());
        m.put("demo", demo);
        m.put("oauth_client_id", server.oauthClientId());
        m.put("oauth_client_secret", server.oauthClientSecret());
        m.put("token_url", server.tokenUrl());
        return m;
    }

    private static final String NONE = "(none in this seed)";

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }

    private static void printHuman(PrintStream out, SandboxServer s) {
        SandboxDemo d = s.demo();
        out.println("License API sandbox running. Press Ctrl-C to stop.");
        out.println("  Base URL (--api-url)  " + s.baseUrl());
        out.println("  API key               " + s.apiKey());
        out.println("  Shared key            " + s.sharedKey());
        out.println("  OAuth client          " + s.oauthClientId() + " / " + s.oauthClientSecret());
        out.println("  OAuth token URL       " + s.tokenUrl());
        out.println("  Public key (PEM)      " + s.publicKeyFile());
        out.println("Demo credentials (the sandbox's own, not a vendor's):");
        // A seed without a key license, a user license or a customer account says so, not "null".
        out.println("  Key-based product     " + (d.keyProduct() == null ? NONE
                : d.keyProduct() + "   license key " + orNone(d.licenseKey())));
        out.println("  User-based product    " + (d.userProduct() == null ? NONE
                : d.userProduct() + "   user " + orNone(d.username()) + " / " + orNone(d.password())));
        out.println("  SSO customer account  " + orNone(d.customerAccountCode()));
        out.println("Faults: POST " + s.baseUrl() + "/sandbox/faults (docs/sandbox.md)");
    }
}
