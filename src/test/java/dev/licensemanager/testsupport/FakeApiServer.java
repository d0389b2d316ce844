package dev.licensemanager.testsupport;

import dev.licensemanager.api.DateHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A loopback server that answers like the License API does to a request without credentials
 * ({@code 400 missing_headers}), with a Date header shifted by {@code skew}; or, when {@code hang},
 * accepts connections and never says anything.
 */
public final class FakeApiServer implements AutoCloseable {
    private final ServerSocket server;
    private final Duration skew;
    private final boolean hang;
    private final String body;
    private final String contentType;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    public final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch firstAccept = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch firstByte = new java.util.concurrent.CountDownLatch(1);

    private FakeApiServer(ServerSocket server, Duration skew, boolean hang, String contentType, String body) {
        this.server = server;
        this.skew = skew;
        this.hang = hang;
        this.contentType = contentType;
        this.body = body;
        AcceptLoop.start(server, "fake-api", s -> {
            open.add(s);
            firstAccept.countDown();
        }, hang ? this::swallow : this::answer);
    }

    public static FakeApiServer tls(SSLContext ctx, Duration skew) throws IOException {
        return new FakeApiServer(ctx.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                skew, false, "application/json", "{\"status\":400,\"code\":\"missing_headers\",\"message\":\"Missing headers\"}");
    }

    public static FakeApiServer plain(Duration skew, String contentType, String body) throws IOException {
        return new FakeApiServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), skew, false, contentType, body);
    }

    public static FakeApiServer hanging() throws IOException {
        return new FakeApiServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), Duration.ZERO, true, null, null);
    }

    /** Waits until a client connected (a condition, not a sleep). */
    public boolean awaitAccept(java.time.Duration max) throws InterruptedException {
        return firstAccept.await(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Hanging mode: read what the client sends (noting the first byte), never answer. */
    private void swallow(Socket s) {
        try {
            var in = s.getInputStream();
            if (in.read() >= 0) {
                firstByte.countDown();
            }
            byte[] buf = new byte[4096];
            while (in.read(buf) >= 0) {
                // keep reading so the client's writes never block; never answer
            }
        } catch (IOException e) {
            // client went away
        }
    }

    /** Waits until a client sent its first byte, i.e. it got past connecting (a condition, not a sleep). */
    public boolean awaitFirstByte(java.time.Duration max) throws InterruptedException {
        return firstByte.await(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void answer(Socket s) {
        try (s) {
            String head = readHead(s.getInputStream());
            requestLines.add(head.split("\r\n")[0]);
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            String resp = "HTTP/1.1 400 Bad Request\r\nContent-Type: " + contentType + "\r\nDate: "
                    + DateHeader.format(Instant.now().plus(skew)) + "\r\nContent-Length: " + b.length
                    + "\r\nConnection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(resp.getBytes(StandardCharsets.ISO_8859_1));
            out.write(b);
            out.flush();
        } catch (IOException e) {
            // the client went away
        }
    }

    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("eof");
            }
            head.write(c);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
