package dev.licensemanager.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers around {@link HttpExchange}: reading bounded bodies, parsing query/form strings, sending bytes. */
final class HttpIo {
    /** Requests larger than this are refused; the License API's bodies are tiny. */
    static final int MAX_BODY = 1 << 20;

    private HttpIo() {
    }

    static byte[] body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] data = in.readNBytes(MAX_BODY + 1);
            if (data.length > MAX_BODY) {
                throw ApiException.bad("validation_error", "Request body too large.");
            }
            return data;
        }
    }

    /** Parses {@code a=1&b=2} (query or form body); a repeated name keeps its first value. */
    static Map<String, Object> parseForm(String raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(k, v);
        }
        return out;
    }

    static Map<String, Object> query(HttpExchange ex) {
        return parseForm(ex.getRequestURI().getRawQuery());
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.bad("validation_error", "Malformed percent-encoding.");
        }
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    static boolean fromLoopback(HttpExchange ex) {
        return ex.getRemoteAddress() != null && ex.getRemoteAddress().getAddress().isLoopbackAddress();
    }
}
