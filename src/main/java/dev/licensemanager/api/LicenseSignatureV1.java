package dev.licensemanager.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

/**
 * LicenseSpring's v1 {@code license_signature} in activate/check bodies: RSA-SHA256 over
 * {@code lowercase(hardware_id + "#" + id + "#" + vp)}, where {@code id} is the license key or the
 * username cut at the first '|', and {@code vp} the validity period as ISO-8601 UTC with
 * milliseconds, or empty (reference §3.8, from the Node SDK's checkSignatureV1).
 */
final class LicenseSignatureV1 {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LicenseSignatureV1() {
    }

    static String signingString(String hardwareId, String id, String validityPeriod) {
        String who = id == null ? "" : id;
        int bar = who.indexOf('|');
        if (bar >= 0) {
            who = who.substring(0, bar);
        }
        return (hardwareId + "#" + who + "#" + normaliseValidity(validityPeriod)).toLowerCase(Locale.ROOT);
    }

    static boolean verify(PublicKey key, String hardwareId, String id, String validityPeriod, String signature) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(signingString(hardwareId, id, validityPeriod).getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature.strip()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Re-serialises the validity period; an unreadable value is kept as sent (the check then decides). */
    static String normaliseValidity(String vp) {
        if (vp == null || vp.isBlank()) {
            return "";
        }
        try {
            Instant i = vp.length() == 10 ? LocalDate.parse(vp).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(vp).toInstant();
            return ISO_MILLIS.format(i);
        } catch (DateTimeParseException e) {
            return vp;
        }
    }
}
