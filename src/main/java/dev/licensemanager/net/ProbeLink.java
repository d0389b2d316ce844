package dev.licensemanager.net;

import dev.licensemanager.api.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Map;

/** One open connection the doctor speaks over; {@link #close()} may be called from any thread to abort a step. */
public interface ProbeLink extends AutoCloseable {
    /**
     * Connects to {@code target}, with {@code timeout} for the connect and for every later read. Throws the
     * socket's own exceptions ({@code SocketTimeoutException}, {@code ConnectException}, …), which the doctor names.
     */
    void connect(InetSocketAddress target, Duration timeout) throws IOException;

    /** Sends CONNECT host:port (with Basic credentials when both are given); returns the proxy's status. */
    int proxyConnect(String host, int port, String user, Secret password) throws IOException;

    /**
     * Completes a TLS handshake on this connection that accepts any chain, only to look at it; later calls go
     * over TLS. Nothing secret is ever sent over such a connection.
     */
    TlsFacts startTls(String host, int port) throws IOException;

    /** GET path with no credentials at all; reads until the body is complete, EOF or {@link #BODY_CAP}. */
    HttpAnswer get(String hostHeader, String path) throws IOException;

    @Override
    void close();

    int BODY_CAP = 64 * 1024;

    /** What the TLS handshake showed: the server's chain, its key exchange and the protocol. */
    record TlsFacts(X509Certificate[] chain, String authType, String protocol) {
    }

    /** Status line + headers (lower-case names) + the body read so far. */
    record HttpAnswer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
