package dev.licensemanager.api;

import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Watches one attempt: whether the request was completely written (so a later failure means the
 * response was lost, and the server may already have acted), and whether a proxy was used.
 */
final class SendTracker extends EventListener {
    private final boolean hasBody;
    private volatile boolean sent;
    private volatile boolean viaProxy;

    SendTracker(boolean hasBody) {
        this.hasBody = hasBody;
    }

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        viaProxy = proxy != null && proxy.type() != Proxy.Type.DIRECT;
    }

    @Override
    public void requestHeadersEnd(Call call, okhttp3.Request request) {
        if (!hasBody) {
            sent = true;
        }
    }

    @Override
    public void requestBodyEnd(Call call, long byteCount) {
        sent = true;
    }

    boolean sent() {
        return sent;
    }

    boolean viaProxy() {
        return viaProxy;
    }
}
