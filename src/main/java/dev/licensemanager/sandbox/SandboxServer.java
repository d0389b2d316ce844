package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded LicenseSpring-compatible License API sandbox: a JDK {@link HttpServer} on loopback serving
 * {@code /api/v4/*}, an OAuth token endpoint, an SSO login page, the public key and fault control.
 * Start with {@link #start(SandboxOptions)}; {@link #close()} stops it and saves the state.
 */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    private final SandboxOptions options;
    private final HttpServer http;
    private final FrontRelay front;
    private final ExecutorService executor;
    private final Faults faults;
    private final SandboxState state;
    private final SigningKeys keys;
    private final StatePersister persister;
    private final Path publicKeyFile;
    private final Path tempDir;
    private final SandboxDemo demo;
    private volatile boolean closed;

    private SandboxServer(SandboxOptions options) throws IOException {
        this.options = options;
        InetAddress bind = InetAddress.getByName(options.host());
        if (!bind.isLoopbackAddress() && !options.allowNonLoopback()) {
            throw new IllegalArgumentException("The sandbox binds to loopback only; " + options.host()
                    + " is not loopback (pass allowNonLoopback to override)");
        }
        ObjectMapper mapper = jsonMapper();
        StateStore store = options.stateFile() == null ? null : new StateStore(mapper, options.stateFile());
        String source = store != null && store.exists() ? "state file " + options.stateFile()
                : options.seedFile() != null ? "seed file " + options.seedFile() : "built-in seed";
        Seed seed;
        try {
            seed = store != null && store.exists() ? store.read()
                    : options.seedFile() != null ? mapper.readValue(options.seedFile().toFile(), Seed.class)
                    : DefaultSeed.load(mapper, options.thisMachineHardwareId().get());
            this.keys = seed.signingKey() != null ? SigningKeys.fromSeed(seed.signingKey())
                    : options.signingKeyFile() != null ? SigningKeys.cached(mapper, options.signingKeyFile())
                    : SigningKeys.ephemeral();
            this.state = new SandboxState(seed, options.clock().instant());
            this.faults = new Faults();
            seed.faults().forEach(faults::set);
            if (seed.products().isEmpty()) {
                // Nothing could be activated, checked or freed, and there would be no demo credentials to print
                // ("{}", or a vendor configuration given by mistake): refused like any other bad seed.
                throw new IllegalArgumentException("field 'products': no products; a seed needs at least one product "
                        + "(see \"Seed format\" in docs/sandbox.md)");
            }
        } catch (IOException | RuntimeException e) {
            // Every seed/state problem names the file and, where Jackson knows it, the field path.
            throw new IllegalArgumentException(source + ": " + SeedProblems.describe(e), e);
        }
        this.demo = demoOf(state);
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle + delayed ACK add ~40 ms per
        // response on loopback. The property is read once, when the JDK's server config class first loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        try {
            this.front = new FrontRelay(bind, options.port(), http.getAddress());
        } catch (IOException e) {
            http.stop(0);
            throw new IOException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        this.persister = new StatePersister(state, store, keys.toSeed());
        this.tempDir = store == null ? Files.createTempDirectory("lm-sandbox-") : null;
        this.publicKeyFile = store == null ? tempDir.resolve("sandbox-public-key.pem")
                : store.file().resolveSibling(store.file().getFileName() + ".public-key.pem");
        try {
            persister.persistForced();
            // Temp file + rename, like the state file: a kill at start never leaves a truncated key beside it.
            Path tmpPem = Files.createTempFile(publicKeyFile.toAbsolutePath().getParent(), ".public-key", ".tmp");
            Files.writeString(tmpPem, keys.publicPem(), StandardCharsets.US_ASCII);
            Files.move(tmpPem, publicKeyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            front.close();
            http.stop(0);
            throw e;
        }

        TokenStore tokens = new TokenStore(options.clock(), SandboxBehaviour.OAUTH_TOKEN_TTL);
        LicenseResolver resolver = new LicenseResolver(state, tokens);
        LicenseOps ops = new LicenseOps(state, resolver, new LicenseViews(state, keys), options.clock());
        SsoUrls sso = new SsoUrls(state, this::baseUrl, OAuthTokenHandler.PATH);
        OfflineDeactivation offline = new OfflineDeactivation(mapper, ops, new OfflineDeactivation.Credentials(
                options.apiKey(), options.sharedKey(), options.oauthClientId(), options.oauthClientSecret()));
        Endpoints endpoints = new Endpoints(mapper, ops, sso, offline);
        RequestAuthenticator auth = new RequestAuthenticator(options.apiKey(), options.sharedKey(), tokens);
        http.createContext(ApiHandler.PREFIX, new ApiHandler(mapper, auth, endpoints, faults, keys, options.clock(),
                persister::persist));
        http.createContext(OAuthTokenHandler.PATH, new OAuthTokenHandler(mapper, tokens, options.oauthClientId(),
                options.oauthClientSecret()));
        http.createContext(SsoUrls.LOGIN_PATH, new SsoLoginHandler(state, sso, tokens));
        http.createContext("/sandbox/", new AdminHandler(mapper, faults, keys.publicPem(), !options.allowNonLoopback()));
        http.createContext("/", ex -> {
            HttpIo.send(ex, 404, "application/json",
                    mapper.writeValueAsBytes(Map.of("status", 404, "code", "not_found", "message", "Unknown path.")));
        });
        this.executor = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        http.setExecutor(executor);
    }

    /** Starts a sandbox. Throws {@link IllegalArgumentException} for a non-loopback host without the explicit option. */
    public static SandboxServer start(SandboxOptions options) {
        try {
            SandboxServer server = new SandboxServer(options);
            server.http.start();
            server.front.start();
            LOG.info("License API sandbox listening on {}", server.baseUrl());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox", e);
        }
    }

    /** Host base such as {@code http://127.0.0.1:PORT}, without {@code /api/v4}. */
    public String baseUrl() {
        InetSocketAddress addr = front.address();
        String host = addr.getAddress().isAnyLocalAddress() ? "127.0.0.1" : addr.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + addr.getPort();
    }

    public int port() {
        return front.address().getPort();
    }

    public String apiKey() {
        return options.apiKey();
    }

    public String sharedKey() {
        return options.sharedKey();
    }

    public String oauthClientId() {
        return options.oauthClientId();
    }

    public String oauthClientSecret() {
        return options.oauthClientSecret();
    }

    /** The client-credentials token URL (Keycloak-shaped path on the sandbox host). */
    public String tokenUrl() {
        return baseUrl() + OAuthTokenHandler.PATH;
    }

    public String publicKeyPem() {
        return keys.publicPem();
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public SandboxDemo demo() {
        return demo;
    }

    /** Fault injection control (same as {@code POST /sandbox/faults}). */
    public Faults faults() {
        return faults;
    }

    /** Read-only views for tests and tools: active hardware IDs and transfer count of a license. */
    public List<String> activeHardwareIds(long licenseId) {
        synchronized (state) {
            return state.license(licenseId).map(l -> l.devices.stream().filter(d -> d.active).map(d -> d.hardwareId).toList())
                    .orElse(List.of());
        }
    }

    public int transferCount(long licenseId) {
        synchronized (state) {
            return state.license(licenseId).map(l -> l.transferCount).orElse(0);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        faults.release();
        front.close();
        http.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        persister.persist();
        if (tempDir != null) {
            try (Stream<Path> files = Files.walk(tempDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.debug("could not delete {}", tempDir);
            }
        }
        LOG.info("License API sandbox stopped");
    }

    /** The sandbox's JSON: snake_case as on the wire and in seed/state files, unknown fields ignored. */
    static ObjectMapper jsonMapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static SandboxDemo demoOf(SandboxState state) {
        Seed.Demo d = state.demo();
        if (d != null) {
            return new SandboxDemo(d.keyProduct(), d.licenseKey(), d.userProduct(), d.username(), d.password(),
                    d.customerAccountCode());
        }
        Seed.License key = state.licenses().stream().map(l -> l.base).filter(l -> l.licenseKey() != null).findFirst().orElse(null);
        Seed.License user = state.licenses().stream().map(l -> l.base).filter(l -> l.user() != null).findFirst().orElse(null);
        Seed.User u = user == null ? null : state.user(user.user()).orElse(null);
        return new SandboxDemo(key == null ? null : key.product(), key == null ? null : key.licenseKey(),
                user == null ? null : user.product(), u == null ? null : u.email(), u == null ? null : u.password(),
                u == null ? null : u.customerAccount());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
