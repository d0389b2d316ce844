package dev.licensemanager.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.api.UrlPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates the merged JSON and builds a {@link VendorConfig}; every message names the file and field. */
final class VendorConfigParser {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "product", Set.of("code", "name", "bundle"),
            "api", Set.of("base_url", "api_key", "shared_key", "oauth_client_id", "oauth_client_secret",
                    "oauth_token_url", "public_key", "public_key_file", "connect_timeout_seconds",
                    "read_timeout_seconds", "ca_file"),
            "hardware_id", Set.of("algorithm", "command", "file"),
            "sso", Set.of("customer_account_code", "grant", "redirect_port", "redirect_path"),
            "credential_kinds", Set.of(),
            "branding", Set.of("display_name", "logo", "accent_color"),
            "support", Set.of("url", "email", "phone"),
            "proxy", Set.of("mode", "host", "port", "username"));

    private VendorConfigParser() {
    }

    static VendorConfig parse(ObjectNode root, String file, Path baseDir, List<String> sources, boolean demo)
            throws ConfigException {
        checkKnownFields(root, file);
        Fields f = new Fields(root, file);
        var product = new VendorConfig.Product(f.code("product", "code"), f.text("product", "name"),
                f.bool("product", "bundle"));
        String baseUrl = f.text("api", "base_url");
        if (baseUrl != null && UrlPolicy.problem(baseUrl) != null) {
            throw new ConfigException(file, "api.base_url", UrlPolicy.problem(baseUrl));
        }
        String sharedKey = f.text("api", "shared_key");
        String clientSecret = f.text("api", "oauth_client_secret");
        var api = new VendorConfig.Api(baseUrl, f.text("api", "api_key"), sharedKey == null ? null : Secret.of(sharedKey),
                f.text("api", "oauth_client_id"), clientSecret == null ? null : Secret.of(clientSecret),
                f.text("api", "oauth_token_url"), publicKey(f, file, baseDir),
                f.intRange("api", "connect_timeout_seconds", 1, 300), f.intRange("api", "read_timeout_seconds", 1, 300),
                caFile(f, file, baseDir));
        if ((api.apiKey() == null) != (api.sharedKey() == null)) {
            throw new ConfigException(file, api.apiKey() == null ? "api.api_key" : "api.shared_key",
                    "api_key and shared_key must be given together");
        }
        if ((api.oauthClientId() == null) != (api.oauthClientSecret() == null)) {
            throw new ConfigException(file, api.oauthClientId() == null ? "api.oauth_client_id" : "api.oauth_client_secret",
                    "oauth_client_id and oauth_client_secret must be given together");
        }
        var hw = new VendorConfig.HardwareId(f.text("hardware_id", "algorithm"), f.text("hardware_id", "command"),
                f.text("hardware_id", "file"));
        try {
            // Checked here so a bad value is a configuration error naming the field, not a crash at first use.
            dev.licensemanager.hardware.HardwareIdSettings.fromConfig(hw.algorithm(), hw.command(), hw.file());
        } catch (IllegalArgumentException e) {
            String field = hw.algorithm() != null && String.valueOf(e.getMessage()).contains("algorithm")
                    ? "hardware_id.algorithm" : hw.command() != null ? "hardware_id.command" : "hardware_id.file";
            throw new ConfigException(file, field, String.valueOf(e.getMessage()).replaceFirst("^hardware_id\\.\\w+ ", ""));
        }
        SsoGrant grant;
        try {
            grant = SsoGrant.parse(f.text("sso", "grant"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, "sso.grant", e.getMessage());
        }
        Integer port = f.intRange("sso", "redirect_port", 0, 65535);
        String path = f.text("sso", "redirect_path");
        if (path != null && !path.startsWith("/")) {
            throw new ConfigException(file, "sso.redirect_path", "must start with '/'");
        }
        var sso = new VendorConfig.Sso(f.code("sso", "customer_account_code"), grant == null ? SsoGrant.CODE : grant,
                port == null ? 0 : port, path == null ? "/callback" : path);
        String accent = f.text("branding", "accent_color");
        if (accent != null && !accent.matches("#[0-9a-fA-F]{6}")) {
            throw new ConfigException(file, "branding.accent_color", "must look like #1a73e8");
        }
        var branding = new VendorConfig.Branding(f.text("branding", "display_name"), f.text("branding", "logo"), accent);
        var support = new VendorConfig.Support(f.text("support", "url"), f.text("support", "email"),
                f.text("support", "phone"));
        ProxyMode mode;
        try {
            mode = ProxyMode.parse(f.text("proxy", "mode"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, "proxy.mode", e.getMessage());
        }
        Integer proxyPort = f.intRange("proxy", "port", 1, 65535);
        var proxy = new VendorConfig.Proxy(mode == null ? ProxyMode.SYSTEM : mode, f.text("proxy", "host"),
                proxyPort == null ? 0 : proxyPort, f.text("proxy", "username"));
        if (proxy.mode() == ProxyMode.EXPLICIT && (proxy.host() == null || proxy.port() == 0)) {
            throw new ConfigException(file, "proxy.host", "an explicit proxy needs host and port");
        }
        return new VendorConfig(product, api, hw, sso, kinds(root, file), branding, support, proxy, sources, demo);
    }

    /** Package-time check: a shipped configuration must be usable on its own. */
    static void requireComplete(VendorConfig c, String file) throws ConfigException {
        if (c.product().code() == null) {
            throw new ConfigException(file, "product.code", "is required");
        }
        if (c.api().baseUrl() == null) {
            throw new ConfigException(file, "api.base_url", "is required");
        }
        if (!c.api().hasHmac() && !c.api().hasOAuth()) {
            throw new ConfigException(file, "api.api_key", "give api_key + shared_key, or oauth_client_id + oauth_client_secret");
        }
        if (c.credentialKinds().contains("sso") && c.sso().customerAccountCode() == null
                && c.credentialKinds().size() == 1) {
            throw new ConfigException(file, "sso.customer_account_code", "is required when only sso is offered");
        }
    }

    private static Set<String> kinds(ObjectNode root, String file) throws ConfigException {
        JsonNode n = root.get("credential_kinds");
        if (n == null || n.isNull()) {
            return VendorConfig.ALL_KINDS;
        }
        if (!n.isArray() || n.isEmpty()) {
            throw new ConfigException(file, "credential_kinds", "must be a non-empty list of license_key, user, sso");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode k : n) {
            if (!k.isTextual() || !VendorConfig.ALL_KINDS.contains(k.asText())) {
                throw new ConfigException(file, "credential_kinds", "unknown kind " + k + " (use license_key, user, sso)");
            }
            out.add(k.asText());
        }
        return Set.copyOf(out);
    }

    /** {@code api.ca_file}: a PEM corporate CA, resolved against the configuration's folder. */
    private static String caFile(Fields f, String file, Path baseDir) throws ConfigException {
        String v = f.text("api", "ca_file");
        if (v == null) {
            return null;
        }
        Path p = baseDir == null ? Path.of(v) : baseDir.resolve(v);
        if (!Files.isReadable(p)) {
            throw new ConfigException(file, "api.ca_file", "cannot read " + p);
        }
        return p.toAbsolutePath().toString();
    }

    private static String publicKey(Fields f, String file, Path baseDir) throws ConfigException {
        String pem = f.text("api", "public_key");
        String keyFile = f.text("api", "public_key_file");
        String field = "api.public_key";
        if (pem == null && keyFile != null) {
            field = "api.public_key_file";
            Path p = baseDir == null ? Path.of(keyFile) : baseDir.resolve(keyFile);
            try {
                pem = Files.readString(p, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new ConfigException(file, field, "cannot read " + p);
            }
        }
        if (pem == null) {
            return null;
        }
        try {
            ResponseSignatureVerifier.parsePem(pem);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, field, "is not an RSA public key in PEM form");
        }
        return pem;
    }

    /** What can be checked of one layer alone: known sections and fields, objects where objects belong, no controls. */
    static void checkLayer(ObjectNode root, String file) throws ConfigException {
        checkKnownFields(root, file);
        Iterator<Map.Entry<String, JsonNode>> sections = root.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> s = sections.next();
            Iterator<Map.Entry<String, JsonNode>> fields = s.getValue().fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isTextual() && f.getValue().asText().strip().chars().anyMatch(Character::isISOControl)) {
                    throw new ConfigException(file, s.getKey() + "." + f.getKey(), "contains control characters");
                }
            }
        }
    }

    private static void checkKnownFields(ObjectNode root, String file) throws ConfigException {
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String section = names.next();
            Set<String> allowed = FIELDS.get(section);
            if (allowed == null) {
                throw new ConfigException(file, section, "unknown section (known: " + String.join(", ",
                        new java.util.TreeSet<>(FIELDS.keySet())) + ")");
            }
            JsonNode s = root.get(section);
            if (section.equals("credential_kinds")) {
                continue;
            }
            if (!s.isObject()) {
                throw new ConfigException(file, section, "must be an object");
            }
            Iterator<String> fields = s.fieldNames();
            while (fields.hasNext()) {
                String name = fields.next();
                if (!allowed.contains(name)) {
                    throw new ConfigException(file, section + "." + name, "unknown field");
                }
            }
        }
    }

    /** Typed field access with messages naming section.field. */
    private record Fields(ObjectNode root, String file) {
        String text(String section, String field) throws ConfigException {
            JsonNode n = root.path(section).get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                throw new ConfigException(file, section + "." + field, "must be a string");
            }
            String v = n.asText().strip();
            if (v.chars().anyMatch(Character::isISOControl)) {
                throw new ConfigException(file, section + "." + field, "contains control characters");
            }
            return v.isEmpty() ? null : v;
        }

        String code(String section, String field) throws ConfigException {
            String v = text(section, field);
            if (v != null && !v.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
                throw new ConfigException(file, section + "." + field, "may only contain letters, digits, '.', '_' and '-'");
            }
            return v;
        }

        boolean bool(String section, String field) throws ConfigException {
            JsonNode n = root.path(section).get(field);
            if (n == null || n.isNull()) {
                return false;
            }
            if (!n.isBoolean()) {
                throw new ConfigException(file, section + "." + field, "must be true or false");
            }
            return n.asBoolean();
        }

        Integer intRange(String section, String field, int min, int max) throws ConfigException {
            JsonNode n = root.path(section).get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
                throw new ConfigException(file, section + "." + field, "must be a whole number from " + min + " to " + max);
            }
            return n.asInt();
        }
    }
}
