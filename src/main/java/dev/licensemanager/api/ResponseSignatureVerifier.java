package dev.licensemanager.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Verifies LicenseSpring's v2 {@code LicenseSignature} header: RSA-SHA256 (PKCS#1 v1.5), Base64.
 * The reference leaves open whether the server signs the raw body or a re-serialisation
 * (JSON.stringify of the parsed body), so we accept either: raw bytes first, then compact JSON.
 */
public final class ResponseSignatureVerifier {
    private final PublicKey key;
    private final ObjectMapper mapper;

    public ResponseSignatureVerifier(PublicKey key, ObjectMapper mapper) {
        this.key = key;
        this.mapper = mapper;
    }

    public boolean verify(byte[] body, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return false;
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signatureHeader.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (check(body, sig)) {
            return true;
        }
        try {
            return check(mapper.writeValueAsBytes(mapper.readTree(body)), sig);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean check(byte[] data, byte[] sig) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(data);
            return s.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Parses an SPKI PEM ("BEGIN PUBLIC KEY") RSA key. */
    public static PublicKey parsePem(String pem) {
        String b64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an RSA public key in PEM (SPKI) form", e);
        }
    }

    /** LicenseSpring's production public key, bundled as a resource. */
    public static PublicKey licenseSpringProductionKey() {
        try (InputStream in = ResponseSignatureVerifier.class.getResourceAsStream("licensespring-prod.pub")) {
            if (in == null) {
                throw new IllegalStateException("bundled LicenseSpring public key missing");
            }
            return parsePem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("bundled LicenseSpring public key unreadable", e);
        }
    }
}
