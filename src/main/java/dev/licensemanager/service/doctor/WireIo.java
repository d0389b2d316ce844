package dev.licensemanager.service.doctor;

import dev.licensemanager.api.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The few HTTP/1.1 bytes the doctor speaks itself: a CONNECT and one unauthenticated GET. */
final class WireIo {
    static final int BODY_CAP = 64 * 1024;

    /** Status line + headers (lower-case names) + the body read so far. */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private WireIo() {
    }

    /** Sends CONNECT host:port (with Basic credentials when given) and reads the proxy's answer head. */
    static int connect(Socket socket, String host, int port, String user, Secret password) throws IOException {
        StringBuilder req = new StringBuilder("CONNECT ").append(host).append(':').append(port).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("User-Agent: license-manager-doctor\r\n");
        if (user != null && password != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password.reveal())
                    .getBytes(StandardCharsets.UTF_8));
            req.append("Proxy-Authorization: Basic ").append(token).append("\r\n");
        }
        req.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String head = readHead(socket.getInputStream());
        return statusOf(head);
    }

    /** GET path with no credentials at all; reads until the body is complete, EOF or the cap. */
    static Response get(Socket socket, String hostHeader, String path) throws IOException {
        String req = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: application/json\r\n"
                + "User-Agent: license-manager-doctor\r\nConnection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(req.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        Map<String, String> headers = headers(head);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String len = headers.get("content-length");
        long want = len == null ? Long.MAX_VALUE : parseLong(len);
        byte[] buf = new byte[4096];
        try {
            while (body.size() < Math.min(want, BODY_CAP)) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, Math.min(want, BODY_CAP) - body.size()));
                if (n < 0) {
                    break;
                }
                body.write(buf, 0, n);
                if (len == null && body.toString(StandardCharsets.ISO_8859_1).endsWith("0\r\n\r\n")) {
                    break; // chunked body complete
                }
            }
        } catch (SocketTimeoutException e) {
            if (body.size() == 0) {
                throw e;
            }
        }
        return new Response(statusOf(head), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException("connection closed before a response");
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
                    ? state + 1 : b == '\r' ? 1 : 0;
            if (head.size() > 32 * 1024) {
                throw new IOException("response head too long");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int statusOf(String head) throws IOException {
        String[] first = head.split("\r\n", 2)[0].split(" ");
        if (first.length < 2 || !first[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response");
        }
        try {
            return Integer.parseInt(first[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status");
        }
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> m = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            if (c > 0) {
                m.putIfAbsent(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).trim());
            }
        }
        return m;
    }

    private static long parseLong(String v) {
        try {
            return Math.max(0, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
