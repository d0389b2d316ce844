package dev.licensemanager.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a complete response into a result: success, a typed API error, or a protocol error that
 * says what came back. Never throws for any server input.
 */
final class ResponseClassifier {
    static final String DEACTIVATED = "license_deactivated";
    /** Our value for a successful {@code floating/release} (the server answers an empty body). */
    static final String RELEASED = "released";
    /** An error code we pass on: a short token. Anything else (huge, control characters, bidi tricks) is not a code. */
    private static final java.util.regex.Pattern USABLE_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,80}");

    private final ObjectMapper mapper;
    private final ResponseSignatureVerifier verifier;

    ResponseClassifier(ObjectMapper mapper, ResponseSignatureVerifier verifier) {
        this.mapper = mapper;
        this.verifier = verifier;
    }

    /** For the plain-string endpoints (deactivate_*): {@code license_deactivated}, raw or as a JSON string. */
    ApiResult<String> deactivation(RawResponse r, CallInfo info) {
        if (r.status() != 200) {
            return error(r, info);
        }
        if (r.body() == null) {
            return protocol(ProtocolProblem.TOO_LARGE, r, info);
        }
        String text = new String(r.body(), StandardCharsets.UTF_8).strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (DEACTIVATED.equals(text)) {
            return new ApiResult.Success<>(DEACTIVATED, info);
        }
        return protocol(text.isEmpty() ? ProtocolProblem.EMPTY_BODY : bodyProblem(r), r, info);
    }

    /**
     * For {@code floating/release}: success is an empty body (LicenseSpring documents an empty string, unsigned,
     * and the SDK ignores it). We also accept {@code ""}, {@code null}, {@code {}} and {@code true}; anything else
     * (an HTML page, some other text) is not taken as proof that the seat was released.
     */
    ApiResult<String> release(RawResponse r, CallInfo info) {
        if (r.status() != 200 && r.status() != 204) {
            return error(r, info);
        }
        if (r.body() == null) {
            return protocol(ProtocolProblem.TOO_LARGE, r, info);
        }
        String text = new String(r.body(), StandardCharsets.UTF_8).strip();
        if (text.isEmpty() || java.util.Set.of("\"\"", "null", "{}", "true").contains(text)) {
            return new ApiResult.Success<>(RELEASED, info);
        }
        return protocol(bodyProblem(r), r, info);
    }

    /**
     * For {@code device_licenses}: whether the real server signs this answer is not documented (the SDK never
     * calls it), so a missing {@code LicenseSignature} is accepted here only; one that is present must verify.
     */
    <T> ApiResult<T> jsonSignedIfPresent(RawResponse r, CallInfo info, ResponseParsers.Parser<T> parser) {
        boolean present = r.signatureHeader() != null && !r.signatureHeader().isBlank();
        return json(r, info, parser, present);
    }

    /** For JSON endpoints; {@code signed} endpoints must carry a valid LicenseSignature. */
    <T> ApiResult<T> json(RawResponse r, CallInfo info, ResponseParsers.Parser<T> parser, boolean signed) {
        if (r.status() != 200) {
            return error(r, info);
        }
        if (r.body() == null) {
            return protocol(ProtocolProblem.TOO_LARGE, r, info);
        }
        if (r.body().length == 0) {
            return protocol(ProtocolProblem.EMPTY_BODY, r, info);
        }
        JsonNode node = parse(r.body());
        if (node == null) {
            return protocol(bodyProblem(r), r, info);
        }
        if (signed && verifier != null) {
            if (r.signatureHeader() == null || r.signatureHeader().isBlank()) {
                return protocol(ProtocolProblem.SIGNATURE_MISSING, r, info);
            }
            if (!verifier.verify(r.body(), r.signatureHeader())) {
                return protocol(ProtocolProblem.SIGNATURE_INVALID, r, info);
            }
        }
        try {
            return new ApiResult.Success<>(parser.parse(node), info);
        } catch (JsonReader.WrongType e) {
            return new ApiResult.ProtocolError<>(ProtocolProblem.WRONG_TYPES, r.status(), r.contentType(),
                    e.getMessage(), info);
        }
    }

    /** Non-200: the LicenseSpring error body, a bare 429/5xx, or a protocol error. */
    <T> ApiResult<T> error(RawResponse r, CallInfo info) {
        if (r.body() != null) {
            JsonNode node = parse(r.body());
            if (node != null && node.isObject() && node.get("code") != null && node.get("code").isTextual()
                    && USABLE_CODE.matcher(node.get("code").asText()).matches()) {
                JsonNode msg = node.get("message");
                String message = msg != null && msg.isTextual() ? msg.asText() : "";
                return new ApiResult.ApiError<>(r.status(), node.get("code").asText(), clip(message), info);
            }
        }
        if (r.status() == 429 || r.status() >= 500) {
            return new ApiResult.ApiError<>(r.status(), "http_" + r.status(), maskKeys(BodyReader.snippet(r.body())), info);
        }
        return protocol(r.body() == null ? ProtocolProblem.TOO_LARGE : bodyProblem(r), r, info);
    }

    private ProtocolProblem bodyProblem(RawResponse r) {
        if (r.body() == null) {
            return ProtocolProblem.TOO_LARGE;
        }
        if (r.body().length == 0) {
            return ProtocolProblem.EMPTY_BODY;
        }
        String ct = r.contentType() == null ? "" : r.contentType().toLowerCase(java.util.Locale.ROOT);
        String head = BodyReader.snippet(r.body()).toLowerCase(java.util.Locale.ROOT);
        if (ct.contains("html") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return ProtocolProblem.HTML_PAGE;
        }
        return ProtocolProblem.UNEXPECTED_BODY;
    }

    private <T> ApiResult<T> protocol(ProtocolProblem p, RawResponse r, CallInfo info) {
        return new ApiResult.ProtocolError<>(p, r.status(), r.contentType(), maskKeys(BodyReader.snippet(r.body())), info);
    }

    private static final java.util.regex.Pattern KEY_VALUE =
            java.util.regex.Pattern.compile("(\"license_key\"\\s*:\\s*\")([^\"]*)");

    /**
     * A body snippet shown in details and dialogs must not carry a full license key: a broken device_licenses
     * answer holds keys the user never typed. Every {@code "license_key": "…"} value keeps its last 4 characters.
     */
    static String maskKeys(String snippet) {
        if (snippet == null || !snippet.contains("license_key")) {
            return snippet;
        }
        java.util.regex.Matcher m = KEY_VALUE.matcher(snippet);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = m.group(2);
            String masked = v.length() <= 4 ? "…" : "…" + v.substring(v.length() - 4);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group(1) + masked));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String clip(String s) {
        String clean = s.replaceAll("[\\p{Cntrl}\\p{Cf}\\u2028\\u2029]", " ");
        return clean.length() > 500 ? clean.substring(0, 500) + "…" : clean;
    }
}
