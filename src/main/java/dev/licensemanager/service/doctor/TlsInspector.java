package dev.licensemanager.service.doctor;

import dev.licensemanager.net.ProbeLink;
import java.io.IOException;
import java.net.InetAddress;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges the chain a TLS handshake showed ({@link ProbeLink#startTls}): host name, public root, which trust
 * store accepts it, or interception by a private CA that none accepts.
 */
final class TlsInspector {
    private TlsInspector() {
    }

    /** The verdict for a captured chain. */
    static CheckReport evaluate(ProbeLink.TlsFacts h, String host, DoctorSettings s, long millis) {
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

    private static boolean accepts(javax.net.ssl.X509TrustManager tm, ProbeLink.TlsFacts h) {
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
}
