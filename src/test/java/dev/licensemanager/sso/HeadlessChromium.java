package dev.licensemanager.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The "system browser" of the SSO test: Debian's Chromium, headless, driven over the DevTools
 * protocol (JDK HttpClient WebSocket) to fill in and submit the sandbox's login form.
 */
public final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path profile;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    public HeadlessChromium(Path profile) {
        this.profile = profile;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The command the app runs as its browser; the sign-in URL is appended by {@link BrowserLauncher}. */
    public BrowserLauncher launcher() {
        return BrowserLauncher.command(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-port=0", "--user-data-dir=" + profile));
    }

    /** Waits until Chromium has written its DevTools port, then attaches to the first page. */
    public void attach(Duration timeout) throws Exception {
        Path portFile = profile.resolve("DevToolsActivePort");
        await(timeout, () -> Files.isRegularFile(portFile) && lines(portFile) >= 1);
        String port = Files.readAllLines(portFile).get(0).trim();
        JsonNode page = null;
        Instant end = Instant.now().plus(timeout);
        while (page == null && Instant.now().isBefore(end)) {
            JsonNode list = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : list) {
                if ("page".equals(t.path("type").asText())) {
                    page = t;
                }
            }
        }
        if (page == null) {
            throw new IllegalStateException("no page target in Chromium");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page.get("webSocketDebuggerUrl").asText()),
                new Listener()).get(10, TimeUnit.SECONDS);
    }

    /** Evaluates JavaScript in the page and returns its string value. */
    public String eval(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        String msg = JSON.writeValueAsString(Map.of("id", id, "method", "Runtime.evaluate",
                "params", Map.of("expression", expression, "returnByValue", true)));
        socket.sendText(msg, true);
        return reply.get(10, TimeUnit.SECONDS).path("result").path("result").path("value").asText();
    }

    /** Evaluates {@code expression} until it returns {@code expected} (the page may still be loading). */
    public void evalUntil(String expression, String expected, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        String last = null;
        while (Instant.now().isBefore(end)) {
            last = eval(expression);
            if (expected.equals(last)) {
                return;
            }
        }
        throw new IllegalStateException("page never answered " + expected + " (last: " + last + ")");
    }

    private static int lines(Path p) {
        try {
            return Files.readAllLines(p).size();
        } catch (IOException e) {
            return 0;
        }
    }

    static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("condition not met within " + timeout);
            }
            Thread.onSpinWait();
            Thread.sleep(0, 100_000);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode n = JSON.readTree(buffer.toString());
                    CompletableFuture<JsonNode> f = n.has("id") ? pending.remove(n.get("id").asInt()) : null;
                    if (f != null) {
                        f.complete(n);
                    }
                } catch (IOException e) {
                    // Events we do not need; ignore.
                } finally {
                    buffer.setLength(0);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Ends the Chromium this test started (found by its own temporary profile folder). */
    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("--user-data-dir=" + profile))
                .forEach(p -> {
                    p.destroy();
                    try {
                        p.onExit().get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }
}
