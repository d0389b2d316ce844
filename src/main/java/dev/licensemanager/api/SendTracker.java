package dev.licensemanager.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Watches one attempt on the wire: whether its connection was new or reused from the pool, whether the request was
 * completely written, whether an answer began (status line and headers read), whether a proxy was used, and how
 * many requests OkHttp wrote (more than one would be a re-send behind our count).
 */
final class SendTracker extends EventListener {
    private final boolean hasBody;
    private volatile boolean connecting;
    private volatile boolean reused;
    private volatile boolean written;
    private volatile int answerStatus = -1;
    private volatile int requestsWritten;
    private volatile boolean viaProxy;

    SendTracker(boolean hasBody) {
        this.hasBody = hasBody;
    }

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        connecting = true;
        viaProxy = proxy != null && proxy.type() != Proxy.Type.DIRECT;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        // connectStart fires only for a connection made for this call; without it, the pool handed us one.
        reused = !connecting;
        viaProxy |= connection.route().proxy().type() != Proxy.Type.DIRECT;
    }

    @Override
    public void requestHeadersStart(Call call) {
        requestsWritten++;
        written = false;
    }

    @Override
    public void requestHeadersEnd(Call call, Request request) {
        if (!hasBody) {
            written = true;
        }
    }

    @Override
    public void requestBodyEnd(Call call, long byteCount) {
        written = true;
    }

    @Override
    public void responseHeadersEnd(Call call, Response response) {
        answerStatus = response.code();
    }

    /** How far the attempt got, given the failure that ended it. */
    Delivery delivery(IOException failure) {
        if (answerStatus >= 0) {
            return Delivery.ANSWER_CUT;
        }
        if (reused && !(failure instanceof InterruptedIOException)) {
            // A timeout on a reused connection is a server that is slow, not a connection that is gone.
            return Delivery.STALE_CONNECTION;
        }
        return written ? Delivery.NO_ANSWER : Delivery.NOT_SENT;
    }

    /** The request was completely written (the server may have it). */
    boolean written() {
        return written;
    }

    /** The status of an answer whose headers arrived, or -1. */
    int answerStatus() {
        return answerStatus;
    }

    boolean reused() {
        return reused;
    }

    int requestsWritten() {
        return requestsWritten;
    }

    boolean viaProxy() {
        return viaProxy;
    }
}
