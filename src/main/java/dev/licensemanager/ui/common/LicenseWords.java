package dev.licensemanager.ui.common;

import java.util.ResourceBundle;

/** The License API's license types ("perpetual", "time-limited", …) in the user's language. */
public final class LicenseWords {
    /** The types the License API sends ({@code license_type}); each has a {@code license.type.*} text. */
    public static final java.util.List<String> TYPES = java.util.List.of("perpetual", "time-limited", "consumption",
            "subscription");

    private LicenseWords() {
    }

    /** The translated type; an unknown type is shown as the server sent it, none as "-". */
    public static String type(ResourceBundle bundle, String type) {
        if (type == null || type.isBlank()) {
            return "-";
        }
        String key = "license.type." + type;
        return bundle.containsKey(key) ? bundle.getString(key) : type;
    }
}
