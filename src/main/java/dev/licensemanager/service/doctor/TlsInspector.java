package dev.licensemanager.service.doctor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Completes a TLS handshake that accepts any chain, only to look at it; then asks each trust store
 * whether it would accept that chain. Nothing secret is ever sent over this connection.
 */
final class TlsInspector {
    private TlsInspector() {
    }

    record Handshake(SSLSocket socket, X509Certificate[] chain, String authType, String protocol) {
    }

    static Handshake handshake(Socket plain, String host, int port) throws IOException {
        Capture capture = new Capture();
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new javax.net.ssl.TrustManager[] {capture}, null);
            SSLSocket ssl = (SSLSocket) ctx.getSocketFactory().createSocket(plain, host, port, true);
            ssl.startHandshake();
            return new Handshake(ssl, capture.chain, capture.authType, ssl.getSession().getProtocol());
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS unavailable", e);
        }
    }

    /** The verdict for a captured chain. */
    static CheckReport evaluate(Handshake h, String host, DoctorSettings s, long millis) {
        X509Certificate leaf = h.chain()[0];
        X509Certificate top = h.chain()[h.chain().length - 1];
        String issuer = commonName(top.getIssuerX500Principal().getName());
        boolean publicRoot = accepts(s.publicRoots(), h);
        List<String> stores = s.trust() == null ? (publicRoot ? List.of("runtime") : List.of())
                : s.trust().acceptedBy(h.chain(), h.authType());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("protocol", h.protocol());
        facts.put("subject", leaf.getSubjectX500Principal().getName());
        facts.put("issuer", top.getIssuerX500Principal().getName());
        facts.put("public_root", String.valueOf(publicRoot));
        facts.put("os_store_accepts", s.trust() == null || !s.trust().storeNames().contains("os") ? "unknown"
                : String.valueOf(stores.contains("os")));
        facts.put("accepted_by", String.join(", ", stores));
        facts.put("interception", String.valueOf(!publicRoot));
        CheckReport r;
        if (!matchesHost(leaf, host)) {
            r = CheckReport.of(DoctorCheck.TLS, Verdict.FAIL, "tls_hostname", millis, host, issuer);
        } else if (publicRoot) {
            r = CheckReport.of(DoctorCheck.TLS, Verdict.PASS, "tls_public", millis, issuer);
        } else if (!stores.isEmpty()) {
            r = CheckReport.of(DoctorCheck.TLS, Verdict.PASS, "tls_private_trusted", millis, issuer,
                    String.join(", ", stores));
        } else {
            r = CheckReport.of(DoctorCheck.TLS, Verdict.FAIL, "tls_interception", millis, issuer);
        }
        return r.withFacts(facts);
    }

    private static boolean accepts(javax.net.ssl.X509TrustManager tm, Handshake h) {
        if (tm == null) {
            return false;
        }
        try {
            tm.checkServerTrusted(h.chain(), h.authType());
            return true;
        } catch (CertificateException | RuntimeException e) {
            return false;
        }
    }

    /** RFC 6125 matching of DNS and IP subject alternative names (one left-most wildcard label). */
    static boolean matchesHost(X509Certificate leaf, String host) {
        String h = host.toLowerCase(Locale.ROOT);
        boolean ip = h.matches("[0-9.]+") || h.contains(":");
        Collection<List<?>> sans;
        try {
            sans = leaf.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (sans == null) {
            return false;
        }
        for (List<?> san : sans) {
            int type = (Integer) san.get(0);
            String v = String.valueOf(san.get(1)).toLowerCase(Locale.ROOT);
            if (ip && type == 7 && sameAddress(v, h)) {
                return true;
            }
            if (!ip && type == 2 && (v.equals(h) || v.startsWith("*.") && h.endsWith(v.substring(1))
                    && h.indexOf('.') == h.length() - v.length() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b)); // literals only: no lookup
        } catch (IOException e) {
            return false;
        }
    }

    static String commonName(String dn) {
        for (String part : dn.split(",")) {
            String p = part.trim();
            if (p.startsWith("CN=")) {
                return p.substring(3);
            }
        }
        return dn;
    }

    /** Accepts everything and remembers what it saw; used only to inspect, never to send data that matters. */
    private static final class Capture extends X509ExtendedTrustManager {
        private X509Certificate[] chain = new X509Certificate[0];
        private String authType = "UNKNOWN";

        private void keep(X509Certificate[] c, String a) {
            chain = c.clone();
            authType = a;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {
            keep(c, a);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {
            keep(c, a);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] c, String a) {
            keep(c, a);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a, Socket s) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] c, String a) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new ArrayList<X509Certificate>().toArray(new X509Certificate[0]);
        }
    }
}
