package dev.licensemanager.api;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Names an I/O failure. The detail is built from exception types and our own words, never from request data. */
final class TransportErrors {
    private TransportErrors() {
    }

    static NetworkKind classify(IOException e, boolean requestSent, boolean viaProxy) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("Failed to authenticate with proxy")) {
            return NetworkKind.PROXY_AUTH;
        }
        if (msg.contains("Unexpected response code for CONNECT")) {
            return NetworkKind.PROXY;
        }
        if (e instanceof UnknownHostException) {
            return NetworkKind.DNS;
        }
        if (e instanceof SSLPeerUnverifiedException || msg.contains("Hostname") && msg.contains("not verified")) {
            return NetworkKind.TLS_HOSTNAME;
        }
        if (e instanceof SSLHandshakeException || e instanceof SSLException) {
            return hasCause(e, CertPathValidatorException.class) || hasCause(e, CertificateException.class)
                    || msg.contains("PKIX") ? NetworkKind.TLS_UNTRUSTED : NetworkKind.TLS_OTHER;
        }
        if (e instanceof InterruptedIOException) {
            return requestSent ? NetworkKind.READ_TIMEOUT : NetworkKind.CONNECT_TIMEOUT;
        }
        if (viaProxy && !requestSent) {
            return NetworkKind.PROXY;
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return NetworkKind.REFUSED;
        }
        if (e instanceof SocketException || e instanceof EOFException || msg.contains("unexpected end of stream")
                || msg.contains("stream was reset")) {
            return NetworkKind.RESET;
        }
        return NetworkKind.OTHER;
    }

    /** Plain words for logs and support details; no URLs with queries, no headers, no bodies. */
    static String describe(NetworkKind kind, IOException e) {
        return kind + " (" + e.getClass().getSimpleName() + ")";
    }

    /** Whether retrying is safe and useful for this failure. */
    static boolean retryable(NetworkKind kind) {
        return switch (kind) {
            case REFUSED, CONNECT_TIMEOUT, READ_TIMEOUT, RESET -> true;
            default -> false;
        };
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
