package dev.licensemanager.net;

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
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * {@link ProbeLink} over a JDK socket: the few HTTP/1.1 bytes the doctor speaks itself (a CONNECT and one
 * unauthenticated GET) and a TLS handshake that captures the chain without trusting it.
 */
final class SocketProbeLink implements ProbeLink {
    private volatile Socket socket = new Socket();

    @Override
    public void connect(InetSocketAddress target, Duration timeout) throws IOException {
        socket.connect(target, (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is best effort
        }
    }

    @Override
    public TlsFacts startTls(String host, int port) throws IOException {
        Capture capture = new Capture();
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new javax.net.ssl.TrustManager[] {capture}, null);
            SSLSocket ssl = (SSLSocket) ctx.getSocketFactory().createSocket(socket, host, port, true);
            socket = ssl;
            ssl.startHandshake();
            return new TlsFacts(capture.chain, capture.authType, ssl.getSession().getProtocol());
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS unavailable", e);
        }
    }

    @Override
    public int proxyConnect(String host, int port, String user, Secret password) throws IOException {
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

    @Override
    public HttpAnswer get(String hostHeader, String path) throws IOException {
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
        return new HttpAnswer(statusOf(head), headers, body.toString(StandardCharsets.UTF_8));
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

    /** Accepts everything and remembers what it saw; used only to inspect, never to send data that matters. */
    private static final class Capture extends X509ExtendedTrustManager {
        private X509Certificate[] chain = new X509Certificate[0];
        private String authType = "UNKNOWN";

        private void keep(X509Certificate[] c, String a) {
            chain = c.clone();
            authType = a;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {
            keep(c, a);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {
            keep(c, a);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a) {
            keep(c, a);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a, Socket s) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
