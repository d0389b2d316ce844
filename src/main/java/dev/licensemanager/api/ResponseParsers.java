package dev.licensemanager.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps the JSON of successful responses to records; throws {@link JsonReader.WrongType} on bad shapes. */
final class ResponseParsers {
    interface Parser<T> {
        T parse(JsonNode node) throws JsonReader.WrongType;
    }

    /** Labels longer than this are not labels (the corpus sends 100 000-character "license types"). */
    private static final int SHORT = 200;

    private ResponseParsers() {
    }

    static LicenseFacts licenseFacts(JsonNode n) throws JsonReader.WrongType {
        requireObject(n);
        // The license's id and whether it is active are what the check is for: an answer without them is not one.
        if (JsonReader.optLong(n, "id") == null) {
            throw new JsonReader.WrongType("id", "present");
        }
        if (n.get("license_active") == null || !n.get("license_active").isBoolean()) {
            throw new JsonReader.WrongType("license_active", "true or false");
        }
        return new LicenseFacts(JsonReader.optLong(n, "id"), JsonReader.optShortText(n, "license_type", SHORT),
                JsonReader.optBool(n, "license_active", false), JsonReader.optBool(n, "license_enabled", false),
                JsonReader.optBool(n, "is_expired", false), JsonReader.optInt(n, "times_activated"),
                JsonReader.optInt(n, "max_activations"), JsonReader.optBool(n, "allow_unlimited_activations", false),
                JsonReader.optInt(n, "transfer_count"), JsonReader.optInt(n, "max_transfers"),
                JsonReader.optText(n, "validity_period"), JsonReader.optText(n, "license_signature"));
    }

    static List<UserLicense> userLicenses(JsonNode n) throws JsonReader.WrongType {
        if (!n.isArray()) {
            throw new JsonReader.WrongType("(body)", "an array");
        }
        List<UserLicense> out = new ArrayList<>();
        for (JsonNode item : n) {
            requireObject(item);
            JsonNode lic = JsonReader.reqObject(item, "license");
            JsonNode user = item.get("user");
            Long id = JsonReader.optLong(lic, "id");
            if (id == null) {
                throw new JsonReader.WrongType("license.id", "present");
            }
            if (user != null && !user.isNull() && !user.isObject()) {
                throw new JsonReader.WrongType("user", "an object");
            }
            out.add(new UserLicense(id, JsonReader.optShortText(lic, "license_type", SHORT),
                    JsonReader.optBool(lic, "license_active", false), JsonReader.optBool(lic, "license_enabled", false),
                    JsonReader.optInt(lic, "times_activated"), JsonReader.optInt(lic, "max_activations"),
                    JsonReader.optText(lic, "validity_period"),
                    user != null && user.isObject() ? JsonReader.optShortText(user, "email", SHORT) : null));
        }
        return out;
    }

    static ProductDetails productDetails(JsonNode n) throws JsonReader.WrongType {
        requireObject(n);
        return new ProductDetails(JsonReader.optText(n, "product_name"), JsonReader.optText(n, "short_code"),
                JsonReader.optText(n, "authorization_method"));
    }

    static SsoUrl ssoUrl(JsonNode n) throws JsonReader.WrongType {
        requireObject(n);
        String url = JsonReader.reqText(n, "url");
        // No spaces, line breaks or invisible characters: such a "URL" would open something other than it shows.
        if (!url.startsWith("https://") && !url.startsWith("http://") || url.codePoints().anyMatch(c -> c <= ' '
                || Character.getType(c) == Character.FORMAT || Character.isISOControl(c))) {
            throw new JsonReader.WrongType("url", "an http(s) URL");
        }
        return new SsoUrl(url);
    }

    private static void requireObject(JsonNode n) throws JsonReader.WrongType {
        if (!n.isObject()) {
            throw new JsonReader.WrongType("(body)", "an object");
        }
    }
}
