package dev.licensemanager.api;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Reads a response body with a hard size cap, so a huge or endless body cannot exhaust memory. */
final class BodyReader {
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private BodyReader() {
    }

    /** The body bytes, or null when it exceeded the cap (the rest is not read). */
    static byte[] readCapped(ResponseBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        BufferedSource source = body.source();
        boolean more = source.request(MAX_BODY_BYTES + 1);
        if (more) {
            return null;
        }
        return source.readByteArray();
    }

    /** The first bytes as text, with control and invisible formatting characters (bidi overrides, BOM) removed, for error messages. */
    static String snippet(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        String text = new String(bytes, 0, Math.min(bytes.length, 400), java.nio.charset.StandardCharsets.UTF_8);
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}\\u2028\\u2029]+", " ").replaceAll("\\s+", " ").strip();
        return clean.length() > 160 ? clean.substring(0, 160) + "…" : clean;
    }
}
