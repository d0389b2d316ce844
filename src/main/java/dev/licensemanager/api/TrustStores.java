package dev.licensemanager.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds trust managers: the runtime's cacerts, the OS store (Windows "Windows-ROOT", macOS
 * "KeychainStore", the Linux system bundle) and a PEM CA file. A store that cannot be read is
 * skipped with a log line, never fatal: the runtime store always remains.
 */
public final class TrustStores {
    private static final Logger LOG = LoggerFactory.getLogger(TrustStores.class);

    /** Linux/BSD bundle locations, as Go's crypto/x509 and OpenSSL distributions use them. */
    public static final List<Path> LINUX_BUNDLES = List.of(
            Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"),
            Path.of("/etc/ssl/ca-bundle.pem"),
            Path.of("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"),
            Path.of("/etc/ssl/cert.pem"));

    /**
     * The OS bundle parsed once per file version (path, size, modification time): parsing its ~150 certificates
     * costs a few hundred milliseconds of CPU on a cold JVM, and a client is built for each command and connection
     * test. A changed bundle is parsed again.
     */
    private static final Map<String, X509TrustManager> PARSED_BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    private TrustStores() {
    }

    /** The runtime's default (cacerts) trust manager. */
    public static X509TrustManager runtimeDefault() {
        return fromKeyStore(null);
    }

    /** The operating system's store, or null when there is none readable. */
    public static X509TrustManager operatingSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("win")) {
                return fromNamedStore("Windows-ROOT");
            }
            if (os.contains("mac")) {
                return fromNamedStore("KeychainStore");
            }
            for (Path p : LINUX_BUNDLES) {
                if (Files.isReadable(p)) {
                    return parsedBundle(p);
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warn("OS trust store not usable: {}", e.getClass().getSimpleName());
        }
        return null;
    }

    private static X509TrustManager parsedBundle(Path p) throws IOException, GeneralSecurityException {
        String version = p.toRealPath() + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
        X509TrustManager tm = PARSED_BUNDLES.get(version);
        if (tm == null) {
            tm = fromPemFile(p);
            PARSED_BUNDLES.put(version, tm);
        }
        return tm;
    }

    /**
     * Runtime + OS + the configured CA file (null = none). A CA file that cannot be read is an
     * error the caller reports (it was configured on purpose).
     */
    public static CompositeTrustManager composite(Path caFile) throws IOException, GeneralSecurityException {
        Map<String, X509TrustManager> m = new LinkedHashMap<>();
        m.put("runtime", runtimeDefault());
        X509TrustManager os = operatingSystem();
        if (os != null) {
            m.put("os", os);
        }
        if (caFile != null) {
            m.put("configured CA", fromPemFile(caFile));
        }
        return new CompositeTrustManager(m);
    }

    /** A trust manager over every certificate in a PEM (or DER) file. */
    public static X509TrustManager fromPemFile(Path file) throws IOException, GeneralSecurityException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(file)) {
            certs = cf.generateCertificates(in);
        }
        if (certs.isEmpty()) {
            throw new GeneralSecurityException("no certificates in " + file.getFileName());
        }
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        int i = 0;
        for (Certificate c : certs) {
            if (c instanceof X509Certificate) {
                ks.setCertificateEntry("ca-" + i++, c);
            }
        }
        return fromKeyStore(ks);
    }

    private static X509TrustManager fromNamedStore(String type) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(type);
        ks.load(null, null);
        return fromKeyStore(ks);
    }

    private static X509TrustManager fromKeyStore(KeyStore ks) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no X509 trust manager", e);
        }
        throw new IllegalStateException("no X509 trust manager");
    }
}
