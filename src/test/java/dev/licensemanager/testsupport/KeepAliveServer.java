package dev.licensemanager.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on loopback with real keep-alive behaviour, the way proxies and load balancers behave:
 * connections stay open between requests unless an answer says otherwise; idle connections are closed after
 * {@code idleCloseMs} (a plain close, no warning, like nginx's {@code keepalive_timeout}); an answer can close the
 * connection right after it was written, with or without {@code Connection: close}, and can be an HTTP/1.0 status
 * line. Answers follow a script, one per request; the last one repeats. Every request and connection is recorded,
 * so a test can compare what the client reports with what the server really received.
 */
public final class KeepAliveServer implements AutoCloseable {

    /** One scripted answer. */
    public record Answer(int status, String contentType, String body, boolean http10, boolean closeAfter,
                         boolean announceClose, Map<String, String> headers, long delayMs) {

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, false, false, false, Map.of(), 0);
        }

        public static Answer text(int status, String body) {
            return new Answer(status, "text/plain", body, false, false, false, Map.of(), 0);
        }

        /** An nginx-style HTML error page. */
        public static Answer html(int status) {
            return new Answer(status, "text/html", "<html>\r\n<head><title>" + status + "</title></head>\r\n<body>"
                    + "<center><h1>" + status + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                    false, false, false, Map.of(), 0);
        }

        public static Answer deviceNotFound() {
            return json(400, "{\"status\":400,\"code\":\"device_not_found\",\"message\":\"Device not found\"}");
        }

        /** Answers with an {@code HTTP/1.0} status line (and no {@code Connection} header). */
        public Answer overHttp10() {
            return new Answer(status, contentType, body, true, closeAfter, announceClose, headers, delayMs);
        }

        /** Closes the connection right after this answer, without saying so in a header. */
        public Answer thenClose() {
            return new Answer(status, contentType, body, http10, true, false, headers, delayMs);
        }

        /** Closes the connection right after this answer and says so ({@code Connection: close}). */
        public Answer thenCloseAnnounced() {
            return new Answer(status, contentType, body, http10, true, true, headers, delayMs);
        }

        /** Answers only after {@code ms} (a slow server; the request has been read). */
        public Answer after(long ms) {
            return new Answer(status, contentType, body, http10, closeAfter, announceClose, headers, ms);
        }

        public Answer header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, contentType, body, http10, closeAfter, announceClose, Map.copyOf(h), delayMs);
        }
    }

    /** One request as the server received it: on which connection (1-based) and its place on that connection. */
    public record Seen(int connection, int onConnection, String method, String path, String body) {
    }

    private final ServerSocket listener;
    private final long idleCloseMs;
    private final List<Answer> script;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger idleCloses = new AtomicInteger();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);

    private KeepAliveServer(long idleCloseMs, List<Answer> script) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.idleCloseMs = idleCloseMs;
        this.script = List.copyOf(script);
        Thread t = new Thread(this::acceptLoop, "keep-alive-accept");
        t.setDaemon(true);
        t.start();
    }

    /** {@code idleCloseMs} 0 keeps idle connections open until the client closes them. */
    public static KeepAliveServer start(long idleCloseMs, Answer... script) throws IOException {
        if (script.length == 0) {
            throw new IllegalArgumentException("at least one answer");
        }
        return new KeepAliveServer(idleCloseMs, List.of(script));
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    /** Connections the server closed because they were idle for {@code idleCloseMs}. */
    public int idleCloses() {
        return idleCloses.get();
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** Requests received for a path ending in {@code endpoint} (e.g. "deactivate_license"). */
    public List<Seen> requests(String endpoint) {
        return seen.stream().filter(s -> s.path().endsWith("/" + endpoint)).toList();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                int n = connections.incrementAndGet();
                open.add(s);
                Thread t = new Thread(() -> serve(s, n), "keep-alive-conn-" + n);
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s, int connection) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            for (int onConnection = 1; ; onConnection++) {
                s.setSoTimeout(idleCloseMs > 0 ? (int) idleCloseMs : 0);
                int first;
                try {
                    first = in.read();
                } catch (SocketTimeoutException idle) {
                    idleCloses.incrementAndGet();
                    return; // the idle connection is closed without a word, as proxies do
                }
                if (first == -1) {
                    return;
                }
                s.setSoTimeout(10_000);
                Seen req = readRequest(first, in, connection, onConnection);
                seen.add(req);
                Answer a = script.get(Math.min(served.getAndIncrement(), script.size() - 1));
                if (a.delayMs() > 0) {
                    closing.await(a.delayMs(), java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                out.write(render(a));
                out.flush();
                if (a.closeAfter()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException gone) {
            // the client went away
        } finally {
            open.remove(s);
        }
    }

    private static Seen readRequest(int first, InputStream in, int connection, int onConnection) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(first);
        int c;
        while ((c = in.read()) != -1) {
            head.write(c);
            byte[] b = head.toByteArray();
            int n = b.length;
            if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') {
                break;
            }
            if (n > 65_536) {
                throw new IOException("request head too large");
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        int length = 0;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new IOException("request body cut short");
        }
        String path = requestLine.length > 1 ? requestLine[1].split("\\?")[0] : "";
        return new Seen(connection, onConnection, requestLine[0], path, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] render(Answer a) {
        byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        sb.append(a.http10() ? "HTTP/1.0 " : "HTTP/1.1 ").append(a.status()).append(' ').append(reason(a.status()))
                .append("\r\nContent-Type: ").append(a.contentType())
                .append("\r\nContent-Length: ").append(body.length);
        a.headers().forEach((k, v) -> sb.append("\r\n").append(k).append(": ").append(v));
        if (a.announceClose()) {
            sb.append("\r\nConnection: close");
        }
        sb.append("\r\n\r\n");
        byte[] head = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 429 -> "Too Many Requests";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        closing.countDown();
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket s : new ArrayList<>(open)) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
