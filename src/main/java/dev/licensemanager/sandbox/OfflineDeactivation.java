package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /api/v4/deactivate_offline}: the body is the Base64 text of an offline request file.
 * Schema v2 is {@code {"request":{...},"signature":HMAC(compact JSON of request)}}; v1 is flat with an HMAC over
 * {@code licenseSpring\ndate: D\nID\nHWID\nAPIKEY}. The key is the shared key (api_key) or the OAuth secret (client_id).
 * ASSUMPTION: v2 is verified against a compact re-serialisation of {@code request} in received field order.
 */
final class OfflineDeactivation {
    private final ObjectMapper mapper;
    private final LicenseOps ops;
    private final Credentials credentials;

    /** Who may sign offline requests. */
    record Credentials(String apiKey, String sharedKey, String clientId, String clientSecret) {
    }

    OfflineDeactivation(ObjectMapper mapper, LicenseOps ops, Credentials credentials) {
        this.mapper = mapper;
        this.ops = ops;
        this.credentials = credentials;
    }

    void deactivate(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            throw ApiException.bad("missing_content", "The offline request is empty.");
        }
        JsonNode root;
        try {
            root = mapper.readTree(Base64.getMimeDecoder().decode(text));
        } catch (IllegalArgumentException | IOException e) {
            throw ApiException.bad("invalid_json", "The offline request is not Base64 of a JSON object.");
        }
        if (root == null || !root.isObject()) {
            throw ApiException.bad("invalid_json", "The offline request is not a JSON object.");
        }
        JsonNode req = root.path("request");
        if (req.isObject()) {
            String key = keyFor(req);
            String compact;
            try {
                compact = mapper.writeValueAsString(req);
            } catch (IOException e) {
                throw ApiException.bad("invalid_json", "The offline request cannot be read.");
            }
            verify(key, compact, root.path("signature").asText(null));
            if (req.has("request") && !"deactivation".equals(req.path("request").asText())) {
                throw ApiException.bad("validation_error", "This is not a deactivation request.");
            }
            apply(req);
        } else {
            String key = keyFor(root);
            String id = root.hasNonNull("license_key") ? root.path("license_key").asText() : root.path("username").asText("");
            String keyId = root.hasNonNull("api_key") ? root.path("api_key").asText() : root.path("client_id").asText("");
            String signing = Hmac.signingString(root.path("date").asText("")) + "\n" + id + "\n"
                    + root.path("hardware_id").asText("") + "\n" + keyId;
            verify(key, signing, root.path("signature").asText(null));
            apply(root);
        }
    }

    private void apply(JsonNode req) {
        String product = text(req, "product", "missing_parameters");
        String hardwareId = text(req, "hardware_id", "missing_hardware_id");
        Identity identity;
        if (req.hasNonNull("license_key") && !req.hasNonNull("username")) {
            identity = new Identity.Key(req.path("license_key").asText());
        } else if (req.hasNonNull("username") && !req.hasNonNull("license_key")) {
            identity = new Identity.User(req.path("username").asText(), null);
        } else {
            throw ApiException.bad("validation_error", "Send exactly one identity: license_key or username.");
        }
        Long licenseId = req.path("license_id").isIntegralNumber() ? req.path("license_id").asLong() : null;
        ops.deactivate(new LicenseOps.DeviceCall(product, identity, licenseId, hardwareId, false));
    }

    private String keyFor(JsonNode req) {
        if (req.hasNonNull("api_key")) {
            if (credentials.apiKey().equals(req.path("api_key").asText())) {
                return credentials.sharedKey();
            }
        } else if (req.hasNonNull("client_id") && credentials.clientId().equals(req.path("client_id").asText())) {
            return credentials.clientSecret();
        }
        throw ApiException.bad("invalid_api_key", "The offline request's api_key or client_id is not valid.");
    }

    private static void verify(String key, String message, String signature) {
        if (!Hmac.matches(Hmac.base64(key, message), signature)) {
            throw new ApiException(SandboxBehaviour.SIGNATURE_MISMATCH_STATUS, "signature_mismatch",
                    "The offline request signature does not match.");
        }
    }

    private static String text(JsonNode n, String field, String code) {
        String v = n.path(field).asText("");
        if (v.isEmpty()) {
            throw ApiException.bad(code, "'" + field + "' is required.");
        }
        return v;
    }
}
