package dev.licensemanager.service.doctor;

import dev.licensemanager.api.CompositeTrustManager;
import dev.licensemanager.api.ProxySettings;
import java.net.ProxySelector;
import dev.licensemanager.net.Resolver;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.X509TrustManager;

/**
 * What the doctor needs. {@code publicRoots} is the runtime's own store (stands for "public roots");
 * {@code trust} is what the app really trusts (runtime + OS + configured CA). {@code configProblems}
 * come from {@link ConfigCompleteness}. {@code env} is read for HTTPS_PROXY hints only.
 */
public record DoctorSettings(URI apiUrl, ProxySettings proxy, ProxySelector selector, Resolver resolver,
                             X509TrustManager publicRoots, CompositeTrustManager trust,
                             ConfigCompleteness.Result config, Map<String, String> env, Duration stepTimeout,
                             Duration overallLimit, Clock clock) {

    public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(4);
    /** Below the promised 15 s, leaving room to assemble the report. */
    public static final Duration DEFAULT_OVERALL_LIMIT = Duration.ofSeconds(12);

    public DoctorSettings {
        env = env == null ? Map.of() : Map.copyOf(env);
        config = config == null ? new ConfigCompleteness.Result(List.of(), false) : config;
    }

    public static DoctorSettings of(URI apiUrl, ProxySettings proxy, X509TrustManager publicRoots,
                                    CompositeTrustManager trust, ConfigCompleteness.Result config,
                                    Map<String, String> env) {
        return new DoctorSettings(apiUrl, proxy, ProxySelector.getDefault(), Resolver.system(), publicRoots, trust,
                config, env, DEFAULT_STEP_TIMEOUT, DEFAULT_OVERALL_LIMIT, Clock.systemUTC());
    }

    public DoctorSettings withResolver(Resolver r) {
        return new DoctorSettings(apiUrl, proxy, selector, r, publicRoots, trust, config, env, stepTimeout,
                overallLimit, clock);
    }

    public DoctorSettings withSelector(ProxySelector s) {
        return new DoctorSettings(apiUrl, proxy, s, resolver, publicRoots, trust, config, env, stepTimeout,
                overallLimit, clock);
    }

    public DoctorSettings withTimeouts(Duration step, Duration overall) {
        return new DoctorSettings(apiUrl, proxy, selector, resolver, publicRoots, trust, config, env, step, overall,
                clock);
    }

    public DoctorSettings withClock(Clock c) {
        return new DoctorSettings(apiUrl, proxy, selector, resolver, publicRoots, trust, config, env, stepTimeout,
                overallLimit, c);
    }

    public int port() {
        int p = apiUrl.getPort();
        return p > 0 ? p : "https".equalsIgnoreCase(apiUrl.getScheme()) ? 443 : 80;
    }

    public boolean tls() {
        return "https".equalsIgnoreCase(apiUrl.getScheme());
    }
}
