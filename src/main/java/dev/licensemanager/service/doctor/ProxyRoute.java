package dev.licensemanager.service.doctor;

import dev.licensemanager.api.ProxySettings;
import dev.licensemanager.api.Secret;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;

/**
 * The proxy decision for the API URL: {@code mode} is none/explicit/system; {@code host} null
 * means a direct connection. {@code kind} is "http", "socks" or "direct".
 */
record ProxyRoute(String mode, String kind, String host, int port, String username, Secret password) {

    boolean direct() {
        return host == null;
    }

    boolean hasCredentials() {
        return username != null && password != null && password.length() > 0;
    }

    static ProxyRoute decide(DoctorSettings s) {
        ProxySettings p = s.proxy();
        if (p instanceof ProxySettings.Direct) {
            return new ProxyRoute("none", "direct", null, 0, null, null);
        }
        if (p instanceof ProxySettings.Explicit e) {
            return new ProxyRoute("explicit", "http", e.host(), e.port(), e.username(), e.password());
        }
        List<Proxy> choice = s.selector() == null ? List.of() : s.selector().select(s.apiUrl());
        for (Proxy proxy : choice) {
            if (proxy.type() == Proxy.Type.DIRECT) {
                break;
            }
            if (proxy.address() instanceof InetSocketAddress a) {
                String kind = proxy.type() == Proxy.Type.SOCKS ? "socks" : "http";
                return new ProxyRoute("system", kind, a.getHostString(), a.getPort(), null, null);
            }
        }
        return new ProxyRoute("system", "direct", null, 0, null, null);
    }

    /** The environment names a proxy that Java would not use by itself (it ignores HTTPS_PROXY). */
    static String ignoredEnvProxy(DoctorSettings s) {
        for (String name : List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")) {
            String v = s.env().get(name);
            if (v != null && !v.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** The decision as facts; for "system", whether Java was told to read the OS proxy settings at all. */
    java.util.Map<String, String> facts() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("route", describe());
        if ("system".equals(mode)) {
            m.put("java.net.useSystemProxies", System.getProperty("java.net.useSystemProxies", "false"));
        }
        m.put("credentials_configured", String.valueOf(hasCredentials()));
        return m;
    }

    String describe() {
        return direct() ? mode + ": direct" : mode + ": " + kind + " " + host + ":" + port
                + (username == null ? "" : " (user " + username + ")");
    }
}
