package dev.licensemanager.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

/**
 * The sandbox's RSA key pair and the two LicenseSpring response signatures made with it:
 * v1 {@code license_signature} (over {@code lowercase(hardware_id#id#validity)}) and v2 {@code LicenseSignature}
 * (over the exact response body bytes). Both are RSA-SHA256 PKCS#1 v1.5, Base64.
 */
final class SigningKeys {
    /** LicenseSpring's production key is 4096-bit; 2048 keeps sandbox start fast and is the same algorithm. */
    static final int KEY_BITS = 2048;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * The key of a sandbox started without a seed key (and the first key a new key file keeps): one per process. Making a 2048-bit key costs
     * 0.1–0.3 s of CPU; the app and the {@code sandbox} command start one sandbox per process, so sharing changes
     * nothing for them, while the test suite starts some two hundred sandboxes in a few JVMs.
     */
    static SigningKeys ephemeral() {
        return ProcessKey.KEY;
    }

    /** Made on first use (class initialisation is lazy and thread-safe), then constant for the process. */
    private static final class ProcessKey {
        static final SigningKeys KEY = generate();
    }

    static SigningKeys generate() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(KEY_BITS);
            KeyPair pair = gen.generateKeyPair();
            return new SigningKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate RSA key", e);
        }
    }

    /**
     * The key kept in {@code file} (JSON, as in a state file), or a new one written there (owner-only, atomically)
     * when the file is missing or unreadable. It is the sandbox's own demo key, never a vendor's.
     */
    static SigningKeys cached(com.fasterxml.jackson.databind.ObjectMapper mapper, java.nio.file.Path file) {
        // No file yet: this process's key (see ephemeral()), kept from now on. An unreadable file: a new key.
        SigningKeys keys = null;
        if (java.nio.file.Files.isRegularFile(file)) {
            try {
                return fromSeed(mapper.readValue(file.toFile(), Seed.SigningKey.class));
            } catch (java.io.IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SigningKeys.class).warn("sandbox key file {} unreadable; making a new key",
                        file);
                keys = generate();
            }
        }
        keys = keys != null ? keys : ephemeral();
        try {
            dev.licensemanager.common.AtomicFiles.write(file, mapper.writeValueAsBytes(keys.toSeed())); // owner-only
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(SigningKeys.class).warn("could not keep the sandbox key in {}: {}", file,
                    e.toString());
        }
        return keys;
    }

    static SigningKeys fromSeed(Seed.SigningKey key) {
        try {
            KeyFactory kf = KeyFactory.getInstance("RSA");
            PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key.privatePkcs8())));
            PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicSpki())));
            return new SigningKeys(priv, pub);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("state file holds an unreadable signing_key", e);
        }
    }

    Seed.SigningKey toSeed() {
        Base64.Encoder b64 = Base64.getEncoder();
        return new Seed.SigningKey(b64.encodeToString(privateKey.getEncoded()), b64.encodeToString(publicKey.getEncoded()));
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String publicPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    String sign(byte[] data) {
        try {
            Signature sig = Signature.getInstance("SHA256withRSA");
            sig.initSign(privateKey);
            sig.update(data);
            return Base64.getEncoder().encodeToString(sig.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** v1: {@code id} is the license key, or the user e-mail cut at the first {@code |}; {@code validity} may be empty. */
    String licenseSignatureV1(String hardwareId, String id, String validity) {
        String cut = id.contains("|") ? id.substring(0, id.indexOf('|')) : id;
        String text = (hardwareId + "#" + cut + "#" + (validity == null ? "" : validity)).toLowerCase(Locale.ROOT);
        return sign(text.getBytes(StandardCharsets.UTF_8));
    }
}
