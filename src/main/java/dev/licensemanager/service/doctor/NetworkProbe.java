package dev.licensemanager.service.doctor;

import dev.licensemanager.api.DateHeader;
import dev.licensemanager.net.ProbeLink;
import dev.licensemanager.net.ProbeNetwork;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network chain, one step after another: DNS, proxy decision, TCP, CONNECT through the proxy,
 * TLS, one unauthenticated API request and the clock from its Date header. Every step has its own
 * timeout; {@link #abort()} closes the socket so a step stuck past the doctor's limit ends at once.
 */
final class NetworkProbe {
    private static final Pattern API_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Za-z0-9_]+)\"");
    static final long CLOCK_WARN_SECONDS = 60;
    static final long CLOCK_FAIL_SECONDS = 300;

    private final DoctorSettings s;
    private final Consumer<CheckReport> sink;
    private final ExecutorService lookups;
    private final ProbeNetwork network;
    private final Set<DoctorCheck> done = EnumSet.noneOf(DoctorCheck.class);
    private volatile boolean aborted;
    private volatile ProbeLink current;

    NetworkProbe(DoctorSettings s, Consumer<CheckReport> sink, ExecutorService lookups, ProbeNetwork network) {
        this.s = s;
        this.sink = sink;
        this.lookups = lookups;
        this.network = network;
    }

    void abort() {
        aborted = true;
        close(current);
    }

    void run() {
        try {
            chain();
        } finally {
            close(current);
            // After Cancel, whatever the step in progress ended with (a closed socket surfaces in many ways), it
            // was cancelled; the steps after it were not run.
            boolean inProgress = aborted;
            for (DoctorCheck c : EnumSet.range(DoctorCheck.DNS, DoctorCheck.CLOCK)) {
                if (!done.contains(c)) {
                    put(CheckReport.of(c, Verdict.SKIPPED, inProgress ? "cancelled" : "skipped", 0));
                    inProgress = false;
                }
            }
        }
    }

    private void chain() {
        String host = s.apiUrl().getHost();
        int port = s.port();
        ProxyRoute route = ProxyRoute.decide(s);
        if (route.direct()) {
            String envProxy = ProxyRoute.ignoredEnvProxy(s);
            Verdict v = envProxy != null && "system".equals(route.mode()) ? Verdict.WARN : Verdict.PASS;
            put(CheckReport.of(DoctorCheck.PROXY, v, v == Verdict.WARN ? "proxy_env_ignored" : "proxy_direct", 0,
                    route.mode(), envProxy == null ? "" : envProxy).withFacts(route.facts()));
        } else if ("socks".equals(route.kind())) {
            put(CheckReport.of(DoctorCheck.PROXY, Verdict.WARN, "proxy_socks", 0, route.host() + ":" + route.port())
                    .withFacts(route.facts()));
        }
        long t0 = System.nanoTime();
        InetAddress[] addrs = lookup(host, route, t0);
        if (addrs == null && route.direct() || "socks".equals(route.kind())) {
            return;
        }
        InetSocketAddress target;
        if (route.direct()) {
            target = new InetSocketAddress(addrs[0], port);
        } else {
            InetAddress[] proxyAddrs = resolveQuietly(route.host());
            if (proxyAddrs == null) {
                put(CheckReport.of(DoctorCheck.TCP, Verdict.FAIL, "tcp_proxy_unknown", 0, route.host()));
                return;
            }
            target = new InetSocketAddress(proxyAddrs[0], route.port());
        }
        ProbeLink link = tcp(target, route);
        if (link == null) {
            return;
        }
        if (!route.direct()) {
            link = tunnel(link, target, host, port, route);
            if (link == null) {
                return;
            }
        }
        if (s.tls()) {
            long t = System.nanoTime();
            try {
                ProbeLink.TlsFacts h = link.startTls(host, port);
                put(TlsInspector.evaluate(h, host, s, ms(t)));
            } catch (SocketTimeoutException e) {
                put(CheckReport.of(DoctorCheck.TLS, Verdict.FAIL, "tls_timeout", ms(t), seconds()));
                return;
            } catch (IOException e) {
                put(CheckReport.of(DoctorCheck.TLS, Verdict.FAIL, "tls_failed", ms(t), e.getClass().getSimpleName()));
                return;
            }
        } else {
            put(CheckReport.of(DoctorCheck.TLS, Verdict.SKIPPED, "tls_plain", 0));
        }
        api(link, host, port);
    }

    private InetAddress[] lookup(String host, ProxyRoute route, long t0) {
        try {
            Future<InetAddress[]> f = lookups.submit(() -> s.resolver().resolve(host));
            InetAddress[] a = f.get(s.stepTimeout().toMillis(), TimeUnit.MILLISECONDS);
            put(CheckReport.of(DoctorCheck.DNS, Verdict.PASS, "dns_ok", ms(t0), host, a[0].getHostAddress()));
            return a;
        } catch (TimeoutException e) {
            put(CheckReport.of(DoctorCheck.DNS, route.direct() ? Verdict.FAIL : Verdict.WARN, "dns_timeout", ms(t0),
                    host, seconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            put(CheckReport.of(DoctorCheck.DNS, Verdict.TIMEOUT, "timeout", ms(t0)));
        } catch (java.util.concurrent.ExecutionException e) {
            put(CheckReport.of(DoctorCheck.DNS, route.direct() ? Verdict.FAIL : Verdict.WARN,
                    route.direct() ? "dns_failed" : "dns_failed_proxy", ms(t0), host));
        }
        return null;
    }

    private InetAddress[] resolveQuietly(String host) {
        try {
            return lookups.submit(() -> s.resolver().resolve(host))
                    .get(s.stepTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private ProbeLink tcp(InetSocketAddress target, ProxyRoute route) {
        long t = System.nanoTime();
        String where = target.getAddress().getHostAddress() + ":" + target.getPort();
        ProbeLink link = network.newLink();
        current = link;
        try {
            link.connect(target, s.stepTimeout());
            put(CheckReport.of(DoctorCheck.TCP, Verdict.PASS, route.direct() ? "tcp_ok" : "tcp_ok_proxy", ms(t), where));
            return link;
        } catch (SocketTimeoutException e) {
            put(CheckReport.of(DoctorCheck.TCP, Verdict.FAIL, "tcp_timeout", ms(t), where, seconds()));
        } catch (ConnectException e) {
            put(CheckReport.of(DoctorCheck.TCP, Verdict.FAIL, "tcp_refused", ms(t), where));
        } catch (IOException e) {
            put(CheckReport.of(DoctorCheck.TCP, Verdict.FAIL, "tcp_failed", ms(t), where, e.getClass().getSimpleName()));
        }
        close(link);
        return null;
    }

    /** CONNECT without credentials; on 407 a second connection with the configured ones, if any. */
    private ProbeLink tunnel(ProbeLink link, InetSocketAddress proxy, String host, int port, ProxyRoute route) {
        long t = System.nanoTime();
        Map<String, String> facts = route.facts();
        try {
            int status = link.proxyConnect(host, port, null, null);
            if (status == 200) {
                put(CheckReport.of(DoctorCheck.PROXY, Verdict.PASS, "proxy_open", ms(t), route.describe())
                        .withFacts(facts));
                return link;
            }
            if (status == 407 && route.hasCredentials()) {
                close(link);
                link = network.newLink();
                current = link;
                link.connect(proxy, s.stepTimeout());
                status = link.proxyConnect(host, port, route.username(), route.password());
                if (status == 200) {
                    put(CheckReport.of(DoctorCheck.PROXY, Verdict.PASS, "proxy_auth_ok", ms(t), route.describe())
                            .withFacts(facts));
                    return link;
                }
            }
            String code = status == 407 ? (route.hasCredentials() ? "proxy_auth_rejected" : "proxy_auth_required")
                    : "proxy_refused";
            put(CheckReport.of(DoctorCheck.PROXY, Verdict.FAIL, code, ms(t), route.describe(), String.valueOf(status))
                    .withFacts(facts));
        } catch (SocketTimeoutException e) {
            put(CheckReport.of(DoctorCheck.PROXY, Verdict.FAIL, "proxy_timeout", ms(t), route.describe(), seconds())
                    .withFacts(facts));
        } catch (IOException e) {
            put(CheckReport.of(DoctorCheck.PROXY, Verdict.FAIL, "proxy_failed", ms(t), route.describe(),
                    e.getClass().getSimpleName()).withFacts(facts));
        }
        close(link);
        return null;
    }

    private void api(ProbeLink link, String host, int port) {
        long t = System.nanoTime();
        String base = s.apiUrl().getPath() == null ? "" : s.apiUrl().getPath().replaceAll("/+$", "");
        String path = base + "/api/v4/product_details";
        boolean defaultPort = port == (s.tls() ? 443 : 80);
        ProbeLink.HttpAnswer r;
        try {
            r = link.get(defaultPort ? host : host + ":" + port, path);
        } catch (SocketTimeoutException e) {
            put(CheckReport.of(DoctorCheck.API, Verdict.FAIL, "api_timeout", ms(t), seconds()));
            return;
        } catch (IOException e) {
            put(CheckReport.of(DoctorCheck.API, Verdict.FAIL, "api_failed", ms(t), e.getClass().getSimpleName()));
            return;
        }
        Instant receivedAt = s.clock().instant();
        Matcher m = API_CODE.matcher(r.body());
        String type = String.valueOf(r.header("content-type"));
        Map<String, String> facts = Map.of("status", String.valueOf(r.status()), "path", path);
        if (m.find()) {
            put(CheckReport.of(DoctorCheck.API, Verdict.PASS, "api_reached", ms(t), m.group(1), String.valueOf(r.status()))
                    .withFacts(facts).withFacts(Map.of("api_code", m.group(1))));
        } else if (r.status() == 407) {
            put(CheckReport.of(DoctorCheck.API, Verdict.FAIL, "proxy_auth_required", ms(t), "", "407").withFacts(facts));
        } else if (type.contains("html") || r.body().stripLeading().startsWith("<")) {
            put(CheckReport.of(DoctorCheck.API, Verdict.FAIL, "api_html", ms(t), String.valueOf(r.status()))
                    .withFacts(facts));
        } else {
            put(CheckReport.of(DoctorCheck.API, Verdict.WARN, "api_unexpected", ms(t), String.valueOf(r.status()))
                    .withFacts(facts));
        }
        clock(r.header("date"), receivedAt);
    }

    private void clock(String dateHeader, Instant receivedAt) {
        Instant server = DateHeader.parse(dateHeader).orElse(null);
        if (server == null) {
            put(CheckReport.of(DoctorCheck.CLOCK, Verdict.WARN, "clock_unknown", 0));
            return;
        }
        // The Date header has whole seconds; round so a correct clock reads 0.
        long offset = Math.round((server.toEpochMilli() - receivedAt.toEpochMilli()) / 1000.0);
        long abs = Math.abs(offset);
        Verdict v = abs > CLOCK_FAIL_SECONDS ? Verdict.FAIL : abs > CLOCK_WARN_SECONDS ? Verdict.WARN : Verdict.PASS;
        String code = v == Verdict.PASS ? "clock_ok" : offset > 0 ? "clock_behind" : "clock_ahead";
        put(CheckReport.of(DoctorCheck.CLOCK, v, code, 0, String.valueOf(abs))
                .withFacts(Map.of("offset_seconds", String.valueOf(offset), "server_date", dateHeader)));
    }

    private void put(CheckReport r) {
        if (done.add(r.check())) {
            sink.accept(r);
        }
    }

    private String seconds() {
        return String.valueOf(s.stepTimeout().toSeconds());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void close(ProbeLink link) {
        if (link != null) {
            link.close();
        }
    }
}
