package dev.licensemanager.api;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a chain when any of its delegates does: the runtime's own store, the operating system's
 * store and an optional configured corporate CA. The jpackage trap: a bundled runtime carries only
 * its own cacerts, so CAs installed by IT would be ignored without the OS store.
 */
public final class CompositeTrustManager implements X509TrustManager {
    private final Map<String, X509TrustManager> delegates;

    /** Delegates by name (e.g. "runtime", "os", "configured CA"), tried in order. */
    public CompositeTrustManager(Map<String, X509TrustManager> delegates) {
        if (delegates.isEmpty()) {
            throw new IllegalArgumentException("no trust managers");
        }
        this.delegates = new LinkedHashMap<>(delegates);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType, true);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType, false);
    }

    /** The names of the stores that accept this server chain (empty: nobody does). */
    public List<String> acceptedBy(X509Certificate[] chain, String authType) {
        List<String> names = new ArrayList<>();
        delegates.forEach((name, tm) -> {
            try {
                tm.checkServerTrusted(chain, authType);
                names.add(name);
            } catch (CertificateException | RuntimeException e) {
                // This store does not accept the chain; another may.
            }
        });
        return names;
    }

    public List<String> storeNames() {
        return List.copyOf(delegates.keySet());
    }

    private void check(X509Certificate[] chain, String authType, boolean client) throws CertificateException {
        CertificateException first = null;
        for (X509TrustManager tm : delegates.values()) {
            try {
                if (client) {
                    tm.checkClientTrusted(chain, authType);
                } else {
                    tm.checkServerTrusted(chain, authType);
                }
                return;
            } catch (CertificateException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw first != null ? first : new CertificateException("no trust store accepts the chain");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        List<X509Certificate> all = new ArrayList<>();
        for (X509TrustManager tm : delegates.values()) {
            all.addAll(List.of(tm.getAcceptedIssuers()));
        }
        return all.toArray(new X509Certificate[0]);
    }
}
