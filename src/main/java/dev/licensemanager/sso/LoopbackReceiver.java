package dev.licensemanager.sso;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The RFC 8252 loopback redirect receiver: listens on 127.0.0.1 only, accepts one redirect whose
 * {@code state} matches, and shows the browser a page saying it can be closed. The implicit grant
 * puts its token in the URL fragment, which browsers never send; a small page turns the fragment
 * into a query and comes back.
 */
final class LoopbackReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final String path;
    private final String state;
    private final BrowserPages pages;
    private final CompletableFuture<Map<String, String>> result = new CompletableFuture<>();

    LoopbackReceiver(int port, String path, String state, BrowserPages pages) throws IOException {
        this.path = path;
        this.state = state;
        this.pages = pages;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4);
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sso-loopback");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(path, this::handle);
        server.start();
    }

    String redirectUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    CompletableFuture<Map<String, String>> result() {
        return result;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals(path)) {
                send(ex, 404, pages.error("not found"));
                return;
            }
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            if (q.isEmpty()) {
                send(ex, 200, pages.fragmentRelay());
                return;
            }
            if (!state.equals(q.get("state"))) {
                // Not ours (or forged): keep waiting for the real redirect.
                send(ex, 400, pages.error("state mismatch"));
                return;
            }
            boolean ok = q.containsKey("code") || q.containsKey("access_token") || q.containsKey("id_token");
            send(ex, 200, ok ? pages.done() : pages.error(q.getOrDefault("error", "no code or token")));
            result.complete(q);
        }
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int i = pair.indexOf('=');
            String k = URLDecoder.decode(i < 0 ? pair : pair.substring(0, i), StandardCharsets.UTF_8);
            String v = i < 0 ? "" : URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
            if (!k.isEmpty()) {
                m.put(k, v);
            }
        }
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
