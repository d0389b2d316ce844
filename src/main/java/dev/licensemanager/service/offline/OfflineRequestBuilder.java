package dev.licensemanager.service.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.DateHeader;
import dev.licensemanager.api.HmacSigner;
import dev.licensemanager.common.TextChecks;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.InputNormaliser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the schema v2 offline deactivation request, as LicenseSpring documents it:
 * {@code base64({"request":{...},"signature":"<b64 HMAC-SHA256>"})}, where the signature is keyed
 * with the shared key (or the OAuth client secret) over the exact compact JSON text of
 * {@code request} as embedded. The JSON is written once and the same string is both signed and
 * embedded, so no re-serialisation can change a byte.
 *
 * <p>Choices where the reference is silent: {@code date} uses the RFC 7231 IMF-fixdate
 * ({@code Fri, 29 Aug 2025 07:22:37 GMT}) because the documentation's own v2 example uses it and it
 * is the same format the server already parses in every request's Date header (the Node SDK's
 * {@code Thu Nov 27 2025 05:23:00 GMT+0000} is a JavaScript artefact). Users identify by license
 * key or user name only; a password is never written. SSO identities cannot be expressed offline.
 */
public final class OfflineRequestBuilder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiAuth auth;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final String appName;
    private final String appVersion;

    public OfflineRequestBuilder(ApiAuth auth, Clock clock, Supplier<UUID> ids, String appName, String appVersion) {
        this.auth = auth;
        this.clock = clock;
        this.ids = ids;
        this.appName = appName;
        this.appVersion = appVersion;
    }

    /** Throws IllegalArgumentException (plain words) when the input cannot make a request. */
    public OfflineRequest build(DeactivationInput raw) {
        // The same tidying and checks as an online deactivation: a file the server would refuse is never written.
        DeactivationInput in = InputNormaliser.normalise(raw);
        String problem = firstProblem(TextChecks.code("product", in.product()),
                TextChecks.text("hardware ID", in.hardwareId(), 512),
                in.kind() == CredentialKind.LICENSE_KEY ? TextChecks.text("license key", in.licenseKey(), TextChecks.LICENSE_KEY_MAX)
                        : in.kind() == CredentialKind.USER ? TextChecks.text("username", in.username(), 320) : null,
                in.bundleCode() == null ? null : TextChecks.code("bundle code", in.bundleCode()));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String requestId = ids.get().toString();
        String date = DateHeader.format(clock.instant());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("request", "deactivation");
        r.put("request_id", requestId);
        r.put("schema_version", 2);
        r.put("date", date);
        r.put("product", in.product());
        r.put("hardware_id", in.hardwareId());
        if (in.kind() == CredentialKind.LICENSE_KEY && in.licenseKey() != null && !in.licenseKey().isBlank()) {
            r.put("license_key", in.licenseKey());
        } else if (in.kind() == CredentialKind.USER && in.username() != null && !in.username().isBlank()) {
            r.put("username", in.username()); // never the password
        } else {
            throw new IllegalArgumentException("an offline request needs a license key or a user name "
                    + "(single sign-on cannot be used offline)");
        }
        if (in.licenseId() != null) {
            r.put("license_id", in.licenseId());
        }
        if (in.bundleCode() != null && !in.bundleCode().isBlank()) {
            r.put("bundle_code", in.bundleCode());
        }
        r.put(auth instanceof ApiAuth.OAuthClient ? "client_id" : "api_key", auth.keyId());
        r.put("app_name", appName);
        r.put("app_ver", appVersion);
        String json;
        try {
            json = MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
        String signature = HmacSigner.hmacBase64(auth.signingSecret(), json);
        String outer = "{\"request\":" + json + ",\"signature\":\"" + signature + "\"}";
        String content = Base64.getEncoder().encodeToString(outer.getBytes(StandardCharsets.UTF_8));
        return new OfflineRequest(requestId, date, in.product(), json, signature, content);
    }

    private static String firstProblem(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
