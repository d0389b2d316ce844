package dev.licensemanager.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.OkHttpLicenseApiClient;
import dev.licensemanager.api.ProxySettings;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.sandbox.SandboxServer;
import dev.licensemanager.service.DeactivationService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Shared pieces of the reliability suite (Fault*, Fuzz*, Secret*): raw loopback servers, certificates, CLI runs, figures. */
final class ReliabilityKit {
    static final ObjectMapper JSON = new ObjectMapper();

    private ReliabilityKit() {
    }

    // ---------------------------------------------------------------- CLI, in-process

    record CliRun(int exit, String out, String err, JsonNode json) {
        String all() {
            return out + "\n" + err;
        }
    }

    static CliRun cli(Map<String, String> env, String stdin, String... args) {
        return cli(env, null, stdin, args);
    }

    /**
     * With a shared composition root (built from the same base environment): a fresh root loads the OS trust store
     * (~0.2 s here), which a real process does once but a corpus of in-process runs would pay thousands of times.
     * Per-run secrets (LM_PASSWORD, LM_SSO_TOKEN) are read from {@code env} through the CLI context.
     */
    static CliRun cli(Map<String, String> env, dev.licensemanager.app.CompositionRoot root, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o1 = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e1 = new PrintStream(err, true, StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CliContext ctx = root == null ? CliContexts.of(o1, e1, in, env) : new CliContext(o1, e1, in, env, root);
        int exit = LicenseManagerCommand.execute(args, ctx);
        String o = out.toString(StandardCharsets.UTF_8);
        JsonNode json = null;
        if (o.strip().startsWith("{")) {
            try {
                json = JSON.readTree(o);
            } catch (IOException e) {
                throw new AssertionError("CLI printed broken JSON: " + o, e);
            }
        }
        return new CliRun(exit, o, err.toString(StandardCharsets.UTF_8), json);
    }

    /**
     * The environment of a CLI run against {@code apiUrl}: a private LM_HOME and a vendor file with
     * 1-second connect/read timeouts (the smallest the configuration allows), proxy as given.
     */
    static Map<String, String> cliEnv(Path home, String apiUrl, String apiKey, String sharedKey, Path publicKeyFile,
                                      String proxyJson) throws IOException {
        Files.createDirectories(home);
        Path vendor = home.resolve("vendor-config.json");
        Files.writeString(vendor, "{\"api\":{\"connect_timeout_seconds\":1,\"read_timeout_seconds\":1},"
                + "\"proxy\":" + (proxyJson == null ? "{\"mode\":\"none\"}" : proxyJson) + "}");
        Map<String, String> env = new HashMap<>();
        env.put("LM_HOME", home.toString());
        env.put("LM_VENDOR_CONFIG", vendor.toString());
        env.put("LM_API_URL", apiUrl);
        env.put("LM_API_KEY", apiKey);
        env.put("LM_SHARED_KEY", sharedKey);
        if (publicKeyFile != null) {
            env.put("LM_PUBLIC_KEY_FILE", publicKeyFile.toString());
        }
        return env;
    }

    static Map<String, String> cliEnv(Path home, SandboxServer sb) throws IOException {
        return cliEnv(home, sb.baseUrl(), sb.apiKey(), sb.sharedKey(), sb.publicKeyFile(), null);
    }

    // ---------------------------------------------------------------- service, in-process

    /** Short timeouts so each fault resolves in seconds: 1 s connect/read, 2 s per attempt, 6 s overall. */
    static ClientSettings fastSettings(String baseUrl, String apiKey, String sharedKey, String publicKeyPem) {
        return ClientSettings.defaults(baseUrl, new ApiAuth.ApiKey(apiKey, Secret.of(sharedKey)),
                        publicKeyPem == null ? null : ResponseSignatureVerifier.parsePem(publicKeyPem))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(6))
                .withMaxAttempts(3).withProxy(new ProxySettings.Direct());
    }

    static ClientSettings fastSettings(SandboxServer sb) {
        return fastSettings(sb.baseUrl(), sb.apiKey(), sb.sharedKey(), sb.publicKeyPem());
    }

    static DeactivationService service(ClientSettings s) {
        return new DeactivationService(new OkHttpLicenseApiClient(s), DeviceInfo.NONE);
    }

    // ---------------------------------------------------------------- raw loopback servers

    /** A loopback TCP server that hands every accepted socket to {@code handler} on its own thread. */
    static final class RawServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        RawServer(ServerSocket socket, Consumer<Socket> handler) {
            this.socket = socket;
            this.acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        connections.incrementAndGet();
                        open.add(s);
                        Thread t = new Thread(() -> {
                            try {
                                handler.accept(s);
                            } catch (RuntimeException ignored) {
                                // the client went away
                            }
                        }, "raw-conn");
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "raw-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static RawServer start(Consumer<Socket> handler) throws IOException {
            return new RawServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), handler);
        }

        int port() {
            return socket.getLocalPort();
        }

        String url(String scheme) {
            return scheme + "://127.0.0.1:" + port();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
    }

    /** Reads an HTTP request head (up to the blank line); returns it, or "" at end of stream. */
    static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            sb.append((char) c);
            if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
                break;
            }
            if (sb.length() > 65536) {
                break;
            }
        }
        return sb.toString();
    }

    /** Reads the request head and the Content-Length body that follows it. */
    static String readRequest(InputStream in) throws IOException {
        String head = readHead(in);
        int len = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                len = Integer.parseInt(line.substring(15).strip());
            }
        }
        byte[] body = in.readNBytes(len);
        return head + new String(body, StandardCharsets.UTF_8);
    }

    static void quietly(IoAction a) {
        try {
            a.run();
        } catch (IOException | InterruptedException ignored) {
            // the client went away
        }
    }

    interface IoAction {
        void run() throws IOException, InterruptedException;
    }

    // ---------------------------------------------------------------- certificates (keytool at test time)

    /** A self-signed certificate made by the JDK's keytool, for {@code san} (e.g. "dns:localhost,ip:127.0.0.1"). */
    record SelfSigned(SSLContext serverContext, X509TrustManager trustingIt, Path certPem) {
    }

    private static final Map<String, SelfSigned> CERTS = new ConcurrentHashMap<>();

    static SelfSigned selfSigned(String san) {
        return CERTS.computeIfAbsent(san, ReliabilityKit::makeCert);
    }

    private static SelfSigned makeCert(String san) {
        try {
            Path dir = Files.createTempDirectory("lm-rel-cert");
            Path ks = dir.resolve("ks.p12");
            char[] pass = "changeit".toCharArray();
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "srv", "-keyalg", "EC", "-groupname",
                    "secp256r1", "-dname", "CN=reliability-test", "-ext", "SAN=" + san, "-validity", "2",
                    "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            Path pem = dir.resolve("cert.pem");
            Process exp = new ProcessBuilder(keytool, "-exportcert", "-rfc", "-alias", "srv", "-keystore", ks.toString(),
                    "-storetype", "PKCS12", "-storepass", "changeit", "-file", pem.toString())
                    .redirectErrorStream(true).start();
            exp.getInputStream().readAllBytes();
            if (!exp.waitFor(60, TimeUnit.SECONDS) || exp.exitValue() != 0) {
                throw new IllegalStateException("keytool -exportcert failed");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ks)) {
                store.load(in, pass);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, pass);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("srv", store.getCertificate("srv"));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            return new SelfSigned(ctx, (X509TrustManager) tmf.getTrustManagers()[0], pem);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    /** A TLS server with the given certificate that completes handshakes and then answers 200 license_deactivated. */
    static RawServer tlsServer(SelfSigned cert) throws IOException {
        ServerSocket ss = cert.serverContext().getServerSocketFactory().createServerSocket(0, 50,
                InetAddress.getLoopbackAddress());
        return new RawServer(ss, s -> quietly(() -> {
            try (s) {
                s.setSoTimeout(10_000);
                readRequest(s.getInputStream());
                s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 19\r\n"
                        + "Connection: close\r\n\r\nlicense_deactivated").getBytes(StandardCharsets.US_ASCII));
            }
        }));
    }

    // ---------------------------------------------------------------- figures

    /** Adds to target/reliability-figures/&lt;name&gt;.properties, which bench/reliability-figures.sh sums up. */
    static synchronized void figure(String name, Map<String, Integer> values) {
        try {
            Path dir = Path.of("target", "reliability-figures");
            Files.createDirectories(dir);
            List<String> lines = new ArrayList<>();
            values.forEach((k, v) -> lines.add(k + "=" + v));
            Files.write(dir.resolve(name + ".properties"), lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
