package dev.licensemanager.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the {@code discovery} section: {@code enabled} (default true) and {@code products}, either the string
 * {@code "all"} (default) or a non-empty list of product short codes. The API key already limits the answer to
 * the vendor's own products; the list narrows it further (e.g. one tool per product line).
 */
final class DiscoveryConfig {
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";

    private DiscoveryConfig() {
    }

    static VendorConfig.Discovery parse(ObjectNode root, String file) throws ConfigException {
        JsonNode d = root.get("discovery");
        if (d == null || d.isNull()) {
            return VendorConfig.Discovery.DEFAULT;
        }
        boolean enabled = true;
        JsonNode e = d.get("enabled");
        if (e != null && !e.isNull()) {
            if (!e.isBoolean()) {
                throw new ConfigException(file, "discovery.enabled", "must be true or false");
            }
            enabled = e.asBoolean();
        }
        JsonNode p = d.get("products");
        if (p == null || p.isNull() || (p.isTextual() && p.asText().strip().equals("all"))) {
            return new VendorConfig.Discovery(enabled, Set.of());
        }
        if (!p.isArray() || p.isEmpty()) {
            throw new ConfigException(file, "discovery.products", "must be \"all\" or a non-empty list of product codes");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode c : p) {
            if (!c.isTextual() || !c.asText().strip().matches(CODE)) {
                throw new ConfigException(file, "discovery.products", "not a product code: " + c
                        + " (letters, digits, '.', '_' and '-')");
            }
            codes.add(c.asText().strip());
        }
        return new VendorConfig.Discovery(enabled, codes);
    }
}
