package dev.licensemanager.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** LicenseSpring's API-key request signature: HMAC-SHA256 over {@code licenseSpring\ndate: <Date>}. */
public final class HmacSigner {
    private HmacSigner() {
    }

    public static String signingString(String dateHeader) {
        return "licenseSpring\ndate: " + dateHeader;
    }

    /** Base64 (with padding) of HMAC-SHA256 keyed with the UTF-8 bytes of {@code key}. */
    public static String hmacBase64(Secret key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The exact Authorization header value, in the field order and spacing the official SDK uses. */
    public static String authorization(String apiKey, Secret sharedKey, String dateHeader) {
        String signature = hmacBase64(sharedKey, signingString(dateHeader));
        return "algorithm=\"hmac-sha256\",headers=\"date\",signature=\"" + signature + "\",apikey=\"" + apiKey + "\"";
    }
}
