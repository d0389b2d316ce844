package dev.licensemanager.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * Typed, validated access to a request's fields (a JSON body or a query string; query values are strings).
 * Unknown fields are rejected with validation_error, as the reference's schemas use additionalProperties:false.
 */
final class RequestFields {
    static final Set<String> DEVICE_FIELDS = Set.of("hardware_id", "product", "license_key", "username", "password",
            "id_token", "code", "customer_account_code", "license_id", "bundle_code", "redirect_uri", "variables",
            "sdk_ver", "sdk_lang", "is_vm", "vm_info", "os_ver", "hostname", "os_hostname", "ip", "ip_local", "app_ver",
            "app_name", "mac_address", "consumptions");

    private final Map<String, Object> values;
    private final boolean fromQuery;

    RequestFields(Map<String, Object> values, boolean fromQuery) {
        this.values = values;
        this.fromQuery = fromQuery;
    }

    RequestFields allowOnly(Set<String> allowed, Set<String> extra) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key) && !extra.contains(key)) {
                throw ApiException.bad("validation_error", "Unknown parameter '" + key + "'.");
            }
        }
        return this;
    }

    boolean has(String name) {
        Object v = values.get(name);
        return v != null && !(v instanceof String s && s.isEmpty());
    }

    String string(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw ApiException.bad("validation_error", "'" + name + "' must be a string.");
        }
        return s.isEmpty() ? null : s;
    }

    Long number(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        if (fromQuery && v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw ApiException.bad("validation_error", "'" + name + "' must be an integer.");
    }

    boolean flag(String name) {
        Object v = values.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (fromQuery && v instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw ApiException.bad("validation_error", "'" + name + "' must be a boolean.");
    }

    String require(String name, String code) {
        String v = string(name);
        if (v == null) {
            throw ApiException.bad(code, "'" + name + "' is required.");
        }
        return v;
    }
}
