package dev.licensemanager.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP CONNECT proxy on loopback. With {@code user}/{@code password} it demands Basic
 * credentials (407 otherwise); {@code hang} accepts and never answers.
 */
public final class TestConnectProxy implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final String expectedAuth;
    private final boolean hang;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    /** Each CONNECT line and whether it carried credentials: "CONNECT h:p HTTP/1.1 auth=true". */
    public final List<String> seen = new CopyOnWriteArrayList<>();

    private TestConnectProxy(String user, String password, boolean hang) throws IOException {
        this.expectedAuth = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.hang = hang;
        AcceptLoop.start(server, "test-proxy", open::add, hang ? null : this::handle);
    }

    public static TestConnectProxy open() throws IOException {
        return new TestConnectProxy(null, null, false);
    }

    public static TestConnectProxy requiringAuth(String user, String password) throws IOException {
        return new TestConnectProxy(user, password, false);
    }

    public static TestConnectProxy hanging() throws IOException {
        return new TestConnectProxy(null, null, true);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void handle(Socket client) {
        try {
            String head = FakeApiServer.readHead(client.getInputStream());
            String auth = null;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Proxy-Authorization:", 0, 20)) {
                    auth = line.substring(20).trim();
                }
            }
            String first = head.split("\r\n")[0];
            seen.add(first + " auth=" + (auth != null));
            OutputStream out = client.getOutputStream();
            if (expectedAuth != null && !expectedAuth.equals(auth)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                client.close();
                return;
            }
            String[] hp = first.split(" ")[1].split(":");
            Socket upstream = new Socket(hp[0], Integer.parseInt(hp[1]));
            open.add(upstream);
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            pump(upstream.getInputStream(), out, client);
            pump(client.getInputStream(), upstream.getOutputStream(), upstream);
        } catch (IOException e) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    private static void pump(InputStream in, OutputStream out, Socket closeAfter) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    closeAfter.shutdownOutput();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "test-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
