package dev.licensemanager.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public socket of the sandbox: a byte relay in front of the JDK {@code HttpServer}, which always stamps its own
 * {@code Date} header. The relay copies requests through untouched and copies responses back, replacing {@code Date}
 * with {@link FaultResponder#SKEWED_DATE_HEADER} when a skew fault set it, and resetting the connection (RST) when the
 * server closes in the middle of a body, so a "reset" fault is a real TCP reset.
 */
final class FrontRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FrontRelay.class);
    private static final int MAX_HEADER = 64 * 1024;
    private static final String SKEW = FaultResponder.SKEWED_DATE_HEADER.toLowerCase(Locale.ROOT);

    private final ServerSocket listener;
    private final InetSocketAddress backend;
    private final ExecutorService pool;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    FrontRelay(InetAddress bind, int port, InetSocketAddress backend) throws IOException {
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(bind, port), 128);
        this.backend = backend;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sandbox-relay-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    void start() {
        pool.execute(this::acceptLoop);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                client.setTcpNoDelay(true);
                pool.execute(() -> serve(client));
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("relay accept failed: {}", e.toString());
                }
            }
        }
    }

    private void serve(Socket client) {
        open.add(client);
        try (client; Socket server = new Socket()) {
            open.add(server);
            server.setTcpNoDelay(true);
            server.connect(backend, 5000);
            pool.execute(() -> upstream(client, server));
            downstream(new BufferedInputStream(server.getInputStream()), client);
        } catch (IOException e) {
            LOG.trace("relay connection ended: {}", e.toString());
        } finally {
            open.remove(client);
        }
    }

    private static void upstream(Socket client, Socket server) {
        try {
            client.getInputStream().transferTo(server.getOutputStream());
            server.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(server);
        }
    }

    /**
     * Copies responses one by one. The JDK server always frames a body with Content-Length or chunked encoding,
     * so a response with neither (HEAD, 204, 304) has no body.
     */
    private void downstream(InputStream in, Socket client) throws IOException {
        OutputStream out = new BufferedOutputStream(client.getOutputStream());
        while (true) {
            byte[] head = readHead(in);
            if (head == null) {
                return; // the server closed between responses (or before any: a dropped request)
            }
            Head h = rewrite(new String(head, StandardCharsets.ISO_8859_1));
            out.write(h.text().getBytes(StandardCharsets.ISO_8859_1));
            boolean complete = h.chunked() ? copyChunked(in, out) : copy(in, out, h.contentLength());
            out.flush();
            if (!complete) {
                client.setSoLinger(true, 0); // body cut short: answer with a TCP reset, as a real failure would
                return;
            }
        }
    }

    private static boolean copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buf = new byte[8192];
        long left = length;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                return false;
            }
            out.write(buf, 0, r);
            left -= r;
        }
        return true;
    }

    private static boolean copyChunked(InputStream in, OutputStream out) throws IOException {
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                return false;
            }
            out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            int semi = sizeLine.indexOf(';');
            long size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (size == 0) {
                String trailer;
                do {
                    trailer = readLine(in);
                    if (trailer == null) {
                        return false;
                    }
                    out.write((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                } while (!trailer.isEmpty());
                return true;
            }
            if (!copy(in, out, size + 2)) {
                return false;
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(16);
        int prev = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (prev == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            prev = b;
            if (line.size() > MAX_HEADER) {
                throw new IOException("chunk line too long");
            }
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1
                    : b == '\r' ? 1 : 0;
            if (head.size() > MAX_HEADER) {
                throw new IOException("response header too large");
            }
        }
        return head.toByteArray();
    }

    private record Head(String text, long contentLength, boolean chunked) {
    }

    private static Head rewrite(String head) {
        String[] lines = head.split("\r\n");
        String skewed = null;
        long length = 0;
        boolean chunked = false;
        int status = 200;
        String[] parts = lines[0].split(" ");
        if (parts.length > 1) {
            status = Integer.parseInt(parts[1]);
        }
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (name.equals(SKEW)) {
                skewed = line.substring(colon + 1).trim();
            } else if (name.equals("content-length")) {
                length = Long.parseLong(line.substring(colon + 1).trim());
            } else if (name.equals("transfer-encoding")) {
                chunked = line.toLowerCase(Locale.ROOT).contains("chunked");
            }
        }
        if (status < 200 || status == 204 || status == 304) {
            length = 0;
            chunked = false;
        }
        StringBuilder out = new StringBuilder(head.length());
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith(SKEW + ":")) {
                continue;
            }
            if (skewed != null && lower.startsWith("date:")) {
                line = "Date: " + skewed;
            }
            out.append(line).append("\r\n");
        }
        return new Head(out.append("\r\n").toString(), length, chunked);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closing
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            LOG.debug("relay close: {}", e.toString());
        }
        open.forEach(FrontRelay::closeQuietly);
        pool.shutdownNow();
    }
}
