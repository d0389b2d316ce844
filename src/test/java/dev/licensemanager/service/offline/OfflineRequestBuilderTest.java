package dev.licensemanager.service.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.Secret;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The v2 file: decoded and its HMAC recomputed independently (javax.crypto here, openssl in a process). */
class OfflineRequestBuilderTest {
    static final String SHARED_KEY = "s3cr3t=/+shared";
    static final UUID ID = UUID.fromString("0b7e6d1c-2f7a-4a55-9f55-1a2b3c4d5e6f");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T05:23:00Z"), ZoneOffset.UTC);

    final OfflineRequestBuilder builder = new OfflineRequestBuilder(new ApiAuth.ApiKey("ak-123", Secret.of(SHARED_KEY)),
            CLOCK, () -> ID, "license-manager", "0.1.0");
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void fileIsBase64OfRequestAndSignatureWithExactFields() throws Exception {
        OfflineRequest r = builder.build(DeactivationInput.licenseKey("prod-x", "hw-1", "AAAA-BBBB-CCCC-DDDD")
                .withLicenseId(42L));
        String outer = new String(Base64.getDecoder().decode(r.fileContent()), StandardCharsets.UTF_8);
        JsonNode root = mapper.readTree(outer);
        assertThat(fieldNames(root)).containsExactly("request", "signature");
        JsonNode req = root.get("request");
        assertThat(req.isObject()).isTrue();
        assertThat(req.get("request").asText()).isEqualTo("deactivation");
        assertThat(UUID.fromString(req.get("request_id").asText())).isEqualTo(ID);
        assertThat(req.get("schema_version").isInt()).isTrue();
        assertThat(req.get("schema_version").asInt()).isEqualTo(2);
        assertThat(req.get("date").asText()).isEqualTo("Fri, 27 Nov 2026 05:23:00 GMT");
        assertThat(req.get("product").asText()).isEqualTo("prod-x");
        assertThat(req.get("hardware_id").asText()).isEqualTo("hw-1");
        assertThat(req.get("license_key").asText()).isEqualTo("AAAA-BBBB-CCCC-DDDD");
        assertThat(req.get("license_id").asLong()).isEqualTo(42L);
        assertThat(req.get("api_key").asText()).isEqualTo("ak-123");
        assertThat(req.has("client_id")).isFalse();
        assertThat(req.has("username")).isFalse();

        // The signed text is the request exactly as embedded: cut it out of the outer text by position.
        String prefix = "{\"request\":";
        assertThat(outer).startsWith(prefix);
        int end = outer.lastIndexOf(",\"signature\":");
        String embedded = outer.substring(prefix.length(), end);
        assertThat(embedded).isEqualTo(new ObjectMapper().writeValueAsString(mapper.readTree(embedded))); // compact
        String expected = independentHmac(SHARED_KEY, embedded);
        assertThat(root.get("signature").asText()).isEqualTo(expected);
        assertThat(opensslHmac(SHARED_KEY, embedded)).isEqualTo(expected);
    }

    @Test
    void userIdentityCarriesTheUsernameOnlyAndOAuthUsesClientId() throws Exception {
        OfflineRequestBuilder oauth = new OfflineRequestBuilder(
                new ApiAuth.OAuthClient("client-7", Secret.of("client-secret-x"), null), CLOCK, () -> ID, "lm", "1");
        char[] password = "Pa55-MARKER-word".toCharArray();
        OfflineRequest r = oauth.build(DeactivationInput.user("prod-x", "hw-1", "ann@example.com", password));
        String outer = new String(Base64.getDecoder().decode(r.fileContent()), StandardCharsets.UTF_8);
        assertThat(outer).doesNotContain("Pa55-MARKER-word").doesNotContain("password");
        JsonNode req = mapper.readTree(outer).get("request");
        assertThat(req.get("username").asText()).isEqualTo("ann@example.com");
        assertThat(req.get("client_id").asText()).isEqualTo("client-7");
        assertThat(req.has("api_key")).isFalse();
        assertThat(req.has("license_id")).isFalse();
        assertThat(mapper.readTree(outer).get("signature").asText())
                .isEqualTo(independentHmac("client-secret-x", r.requestJson()));
    }

    @Test
    void ssoAndMissingFieldsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> builder.build(DeactivationInput.sso("p", "hw", CredentialKind.SSO_CODE,
                "c".toCharArray(), "acct", null))).hasMessageContaining("single sign-on");
        assertThatThrownBy(() -> builder.build(DeactivationInput.licenseKey("p", null, "k")))
                .hasMessageContaining("hardware ID");
    }

    @Test
    void writeIsAtomicAndHoldsOnlyTheBase64(@TempDir Path dir) throws Exception {
        OfflineDeactivation offline = new OfflineDeactivation(builder, null, null);
        OfflineRequest r = offline.create(DeactivationInput.licenseKey("prod-x", "hw-1", "KEY-1"));
        Path file = offline.write(r, dir.resolve("sub/deactivate_offline.req"));
        assertThat(Files.readString(file)).isEqualTo(r.fileContent());
        try (var s = Files.list(file.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("deactivate_offline.req");
        }
    }

    @Test
    void offlineRouteIsOfferedAfterNetworkAndServerFailuresOnly() {
        assertThat(OfflineDeactivation.offeredAfter(dev.licensemanager.service.Outcome.of(
                dev.licensemanager.service.OutcomeKind.NETWORK, "network_dns", ""))).isTrue();
        assertThat(OfflineDeactivation.offeredAfter(dev.licensemanager.service.Outcome.of(
                dev.licensemanager.service.OutcomeKind.CREDENTIALS_REJECTED, "x", ""))).isFalse();
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String independentHmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** openssl dgst -sha256 -hmac KEY -binary | base64. */
    private static String opensslHmac(String key, String text) throws Exception {
        Process p = new ProcessBuilder("openssl", "dgst", "-sha256", "-hmac", key, "-binary").start();
        p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] mac = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return Base64.getEncoder().encodeToString(mac);
    }
}
