package dev.licensemanager.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response before faults and signing: status, content type, exact body bytes, and whether it gets {@code LicenseSignature}. */
record Reply(int status, String contentType, byte[] body, boolean signed) {
    static final String JSON = "application/json";

    static Reply json(ObjectMapper mapper, int status, Object value, boolean signed) {
        try {
            return new Reply(status, JSON, mapper.writeValueAsBytes(value), signed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise response", e);
        }
    }

    static Reply error(ObjectMapper mapper, int status, String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("code", code);
        m.put("message", message);
        return json(mapper, status, m, false);
    }

    static Reply text(int status, String text) {
        return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), false);
    }

    static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), false);
    }
}
