package dev.licensemanager.api;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.X509TrustManager;

/**
 * Everything the client needs. {@code baseUrl} is the API host base (e.g. https://api.licensespring.com);
 * the client appends {@code /api/v4/<endpoint>}. {@code trustManager} null means the runtime default.
 */
public record ClientSettings(String baseUrl, ApiAuth auth, PublicKey publicKey, boolean verifySignatures,
                             Duration connectTimeout, Duration readTimeout, Duration attemptTimeout,
                             Duration deadline, int maxAttempts, ProxySettings proxy,
                             X509TrustManager trustManager, Clock clock) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(90);
    public static final int DEFAULT_MAX_ATTEMPTS = 4;

    public static ClientSettings defaults(String baseUrl, ApiAuth auth, PublicKey publicKey) {
        return new ClientSettings(baseUrl, auth, publicKey, true, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_MAX_ATTEMPTS, ProxySettings.system(), null,
                Clock.systemUTC());
    }

    public ClientSettings withTimeouts(Duration connect, Duration read, Duration attempt, Duration total) {
        return new ClientSettings(baseUrl, auth, publicKey, verifySignatures, connect, read, attempt, total,
                maxAttempts, proxy, trustManager, clock);
    }

    public ClientSettings withMaxAttempts(int n) {
        return new ClientSettings(baseUrl, auth, publicKey, verifySignatures, connectTimeout, readTimeout,
                attemptTimeout, deadline, n, proxy, trustManager, clock);
    }

    public ClientSettings withProxy(ProxySettings p) {
        return new ClientSettings(baseUrl, auth, publicKey, verifySignatures, connectTimeout, readTimeout,
                attemptTimeout, deadline, maxAttempts, p, trustManager, clock);
    }

    public ClientSettings withTrustManager(X509TrustManager tm) {
        return new ClientSettings(baseUrl, auth, publicKey, verifySignatures, connectTimeout, readTimeout,
                attemptTimeout, deadline, maxAttempts, proxy, tm, clock);
    }

    public ClientSettings withClock(Clock c) {
        return new ClientSettings(baseUrl, auth, publicKey, verifySignatures, connectTimeout, readTimeout,
                attemptTimeout, deadline, maxAttempts, proxy, trustManager, c);
    }

    public ClientSettings withBaseUrl(String url) {
        return new ClientSettings(url, auth, publicKey, verifySignatures, connectTimeout, readTimeout,
                attemptTimeout, deadline, maxAttempts, proxy, trustManager, clock);
    }

    public ClientSettings withPublicKey(PublicKey key) {
        return new ClientSettings(baseUrl, auth, key, verifySignatures, connectTimeout, readTimeout,
                attemptTimeout, deadline, maxAttempts, proxy, trustManager, clock);
    }
}
