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
        return with(b -> {
            b.connectTimeout = connect;
            b.readTimeout = read;
            b.attemptTimeout = attempt;
            b.deadline = total;
        });
    }

    public ClientSettings withMaxAttempts(int n) {
        return with(b -> b.maxAttempts = n);
    }

    public ClientSettings withProxy(ProxySettings p) {
        return with(b -> b.proxy = p);
    }

    public ClientSettings withTrustManager(X509TrustManager tm) {
        return with(b -> b.trustManager = tm);
    }

    public ClientSettings withClock(Clock c) {
        return with(b -> b.clock = c);
    }

    public ClientSettings withBaseUrl(String url) {
        return with(b -> b.baseUrl = url);
    }

    public ClientSettings withPublicKey(PublicKey key) {
        return with(b -> b.publicKey = key);
    }

    /** A copy with the parts {@code change} sets: the one way every {@code withX} is made. */
    public ClientSettings with(java.util.function.Consumer<Parts> change) {
        Parts b = new Parts(this);
        change.accept(b);
        return b.build();
    }

    /** The settings' parts, mutable only inside {@link #with}. */
    public static final class Parts {
        public String baseUrl;
        public ApiAuth auth;
        public PublicKey publicKey;
        public boolean verifySignatures;
        public Duration connectTimeout;
        public Duration readTimeout;
        public Duration attemptTimeout;
        public Duration deadline;
        public int maxAttempts;
        public ProxySettings proxy;
        public X509TrustManager trustManager;
        public Clock clock;

        private Parts(ClientSettings s) {
            baseUrl = s.baseUrl;
            auth = s.auth;
            publicKey = s.publicKey;
            verifySignatures = s.verifySignatures;
            connectTimeout = s.connectTimeout;
            readTimeout = s.readTimeout;
            attemptTimeout = s.attemptTimeout;
            deadline = s.deadline;
            maxAttempts = s.maxAttempts;
            proxy = s.proxy;
            trustManager = s.trustManager;
            clock = s.clock;
        }

        private ClientSettings build() {
            return new ClientSettings(baseUrl, auth, publicKey, verifySignatures, connectTimeout, readTimeout,
                    attemptTimeout, deadline, maxAttempts, proxy, trustManager, clock);
        }
    }
}
