package dev.licensemanager.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code device_licenses} answer. Strict where freeing needs it (an {@code id}, the product's
 * {@code short_code}, and a key or a user), tolerant elsewhere (unknown fields ignored, missing flags false).
 * Any wrong shape fails the whole listing with the field named, never a silently shorter list.
 */
final class DeviceLicenseParser {
    /** More licenses than any one computer plausibly holds: treated as a malformed answer. */
    static final int MAX_ITEMS = 500;

    private DeviceLicenseParser() {
    }

    static List<DeviceLicenseItem> parse(JsonNode n) throws JsonReader.WrongType {
        if (!n.isArray()) {
            throw new JsonReader.WrongType("(body)", "an array");
        }
        if (n.size() > MAX_ITEMS) {
            throw new JsonReader.WrongType("(body)", "an array of at most " + MAX_ITEMS + " licenses (got " + n.size() + ")");
        }
        List<DeviceLicenseItem> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : n) {
            out.add(item(item, "[" + i++ + "]"));
        }
        return out;
    }

    private static DeviceLicenseItem item(JsonNode item, String at) throws JsonReader.WrongType {
        if (!item.isObject()) {
            throw new JsonReader.WrongType(at, "an object");
        }
        try {
            Long id = JsonReader.optLong(item, "id");
            if (id == null || id <= 0) {
                throw new JsonReader.WrongType("id", "a positive license id");
            }
            JsonNode pd = JsonReader.reqObject(item, "product_details");
            String shortCode = JsonReader.reqText(pd, "short_code");
            JsonNode user = item.get("user");
            String email = null;
            if (user != null && !user.isNull()) {
                if (!user.isObject()) {
                    throw new JsonReader.WrongType("user", "an object");
                }
                email = JsonReader.optText(user, "email");
            }
            String key = JsonReader.optText(item, "license_key");
            boolean bundle = JsonReader.optBool(item, "is_bundle", false) || JsonReader.optBool(pd, "is_bundle", false);
            if ((key == null || key.isBlank()) && (email == null || email.isBlank())) {
                throw new JsonReader.WrongType("license_key", "present (or a user with an email)");
            }
            return new DeviceLicenseItem(id, JsonReader.optText(item, "license_type"),
                    JsonReader.optBool(item, "license_active", false), JsonReader.optBool(item, "license_enabled", true),
                    JsonReader.optBool(item, "is_expired", false), key, email,
                    JsonReader.optBool(item, "is_floating", false), JsonReader.optBool(item, "is_floating_cloud", false),
                    JsonReader.optInt(item, "floating_timeout"), JsonReader.optBool(item, "is_borrowed", false),
                    JsonReader.optText(item, "borrowed_until"), JsonReader.optInt(item, "max_activations"),
                    JsonReader.optInt(item, "times_activated"), JsonReader.optText(item, "validity_period"),
                    JsonReader.optText(pd, "product_name"), shortCode, JsonReader.optText(pd, "authorization_method"),
                    bundle, JsonReader.optText(item, "bundle_code"));
        } catch (JsonReader.WrongType e) {
            throw e.at(at);
        }
    }
}
