package dev.licensemanager.service.support;

import dev.licensemanager.config.VendorConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The vendor configuration as support may see it: identifiers shown, secrets replaced by "(set)". */
final class ConfigMasker {
    static final String SET = "(set)";

    private ConfigMasker() {
    }

    static Map<String, Object> mask(VendorConfig c, boolean proxyPasswordSet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sources", c.sources());
        m.put("demo", c.demo());
        if (c.product() != null) {
            m.put("product", map("code", c.product().code(), "name", c.product().name(), "bundle", c.product().bundle()));
        }
        if (c.api() != null) {
            VendorConfig.Api a = c.api();
            Map<String, Object> api = map("base_url", a.baseUrl(),
                    "api_key", a.apiKey() == null ? null : Redactor.lastFour(a.apiKey()),
                    "shared_key", a.sharedKey() == null ? null : SET,
                    "oauth_client_id", a.oauthClientId(),
                    "oauth_client_secret", a.oauthClientSecret() == null ? null : SET);
            api.put("oauth_token_url", a.oauthTokenUrl());
            api.put("public_key", a.publicKeyPem() == null ? "(LicenseSpring production key)" : "(custom key)");
            api.put("ca_file", a.caFile());
            api.put("connect_timeout_seconds", a.connectTimeoutSeconds());
            api.put("read_timeout_seconds", a.readTimeoutSeconds());
            m.put("api", api);
        }
        if (c.hardwareId() != null) {
            m.put("hardware_id", map("algorithm", c.hardwareId().algorithm(), "command", c.hardwareId().command(),
                    "file", c.hardwareId().file()));
        }
        if (c.sso() != null) {
            Map<String, Object> sso = map("customer_account_code", c.sso().customerAccountCode(), "grant", c.sso().grant() == null ? null : c.sso().grant().configName(),
                    "redirect_port", c.sso().redirectPort());
            sso.put("redirect_path", c.sso().redirectPath());
            m.put("sso", sso);
        }
        m.put("credential_kinds", c.credentialKinds() == null ? null : new TreeSet<>(c.credentialKinds()));
        if (c.support() != null) {
            m.put("support", map("url", c.support().url(), "email", c.support().email(), "phone", c.support().phone()));
        }
        if (c.proxy() != null) {
            Map<String, Object> p = map("mode", c.proxy().mode() == null ? null : c.proxy().mode().configName(), "host", c.proxy().host(), "port", c.proxy().port());
            p.put("username", c.proxy().username());
            p.put("password (LM_PROXY_PASSWORD)", proxyPasswordSet ? SET : null);
            m.put("proxy", p);
        }
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
