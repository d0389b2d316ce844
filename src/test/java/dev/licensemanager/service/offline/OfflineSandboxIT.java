package dev.licensemanager.service.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.OkHttpLicenseApiClient;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeHistory;
import dev.licensemanager.service.OutcomeKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox accepts our v2 file on deactivate_offline and frees the seat; a tampered file is refused. */
class OfflineSandboxIT {
    static final String HW = "offline-it-hw-0001";

    @Test
    void sandboxAcceptsTheV2RequestAndFreesTheSeat(@TempDir Path dir) {
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder()
                .thisMachineHardwareId(() -> Optional.of(HW)).build())) {
            assertThat(sb.activeHardwareIds(1001)).contains(HW);
            ClientSettings s = ClientSettings.defaults(sb.baseUrl(), new ApiAuth.ApiKey(sb.apiKey(),
                    Secret.of(sb.sharedKey())), ResponseSignatureVerifier.parsePem(sb.publicKeyPem()));
            OutcomeHistory history = new OutcomeHistory(dir.resolve("h.json"), Clock.systemUTC());
            OfflineDeactivation offline = new OfflineDeactivation(new OfflineRequestBuilder(s.auth(), Clock.systemUTC(),
                    UUID::randomUUID, "license-manager", "test"), new OkHttpLicenseApiClient(s), history);

            OfflineRequest tampered = offline.create(DeactivationInput.licenseKey("demo-key", HW, "DEMO-KEY-1111-2222"));
            String bad = java.util.Base64.getEncoder().encodeToString(new String(java.util.Base64.getDecoder()
                    .decode(tampered.fileContent())).replace(HW, "someone-else-hw").getBytes());
            Outcome refused = offline.send(new OfflineRequest(tampered.requestId(), tampered.date(), "demo-key",
                    tampered.requestJson(), tampered.signature(), bad), new Cancellation());
            assertThat(refused.code()).isEqualTo("signature_mismatch");
            assertThat(sb.activeHardwareIds(1001)).contains(HW);

            OfflineRequest r = offline.create(DeactivationInput.licenseKey("demo-key", HW, "DEMO-KEY-1111-2222"));
            Outcome o = offline.send(r, new Cancellation());
            assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
            assertThat(sb.activeHardwareIds(1001)).doesNotContain(HW);
            assertThat(history.last(1).get(0).action()).isEqualTo("deactivate_offline");
            assertThat(history.last(1).get(0).code()).isEqualTo("license_deactivated");
        }
    }

    @Test
    void userIdentityWithoutPasswordIsAcceptedToo() {
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder()
                .thisMachineHardwareId(() -> Optional.of(HW)).build())) {
            ClientSettings s = ClientSettings.defaults(sb.baseUrl(), new ApiAuth.OAuthClient(sb.oauthClientId(),
                    Secret.of(sb.oauthClientSecret()), sb.tokenUrl()), ResponseSignatureVerifier.parsePem(sb.publicKeyPem()));
            OfflineDeactivation offline = new OfflineDeactivation(new OfflineRequestBuilder(s.auth(), Clock.systemUTC(),
                    UUID::randomUUID, "license-manager", "test"), new OkHttpLicenseApiClient(s), null);
            OfflineRequest r = offline.create(DeactivationInput.user("demo-user", HW, "alice@example.com", null)
                    .withLicenseId(2001L));
            Outcome o = offline.send(r, new Cancellation());
            assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
            assertThat(sb.activeHardwareIds(2001)).doesNotContain(HW);
        }
    }
}
