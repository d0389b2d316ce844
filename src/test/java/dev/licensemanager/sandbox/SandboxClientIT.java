package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.CheckRequest;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.Identity;
import dev.licensemanager.api.LicenseFacts;
import dev.licensemanager.api.OkHttpLicenseApiClient;
import dev.licensemanager.api.ProductDetails;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.api.SsoUrl;
import dev.licensemanager.api.UserLicense;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project's own API client and deactivation service against the sandbox over real loopback HTTP. */
class SandboxClientIT {
    private static final String HW = "hw-it-this-machine";
    @RegisterExtension
    final RunningSandbox sandbox = RunningSandbox.thisMachine(HW);
    private final SandboxServer server = sandbox.server;
    private final TestClient raw = sandbox.client;

    private ClientSettings settings() {
        return ClientSettings.defaults(server.baseUrl(), new ApiAuth.ApiKey(server.apiKey(), Secret.of(server.sharedKey())),
                        ResponseSignatureVerifier.parsePem(server.publicKeyPem()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(15));
    }

    private OkHttpLicenseApiClient client(ClientSettings s) {
        return new OkHttpLicenseApiClient(s);
    }

    private DeactivationService service(ClientSettings s) {
        return new DeactivationService(client(s), DeviceInfo.NONE);
    }

    private Outcome deactivateDemoKey(ClientSettings s) {
        return service(s).deactivate(DeactivationInput.licenseKey("demo-key", HW, "DEMO-KEY-1111-2222"), Cancellation.none());
    }

    @Test
    void wholeLifeThroughTheClient() {
        OkHttpLicenseApiClient c = client(settings());
        CheckRequest check = new CheckRequest("demo-key", HW, new Identity.LicenseKey("DEMO-KEY-1111-2222"), null);
        ApiResult<LicenseFacts> facts = c.checkLicense(check, Cancellation.none());
        assertThat(facts).isInstanceOf(ApiResult.Success.class);
        LicenseFacts f = ((ApiResult.Success<LicenseFacts>) facts).value();
        assertThat(f.licenseActive()).isTrue();
        assertThat(f.timesActivated()).isEqualTo(2);

        Outcome first = deactivateDemoKey(settings());
        assertThat(first.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(first.confirmedOnRetry()).isFalse();
        Outcome second = deactivateDemoKey(settings());
        assertThat(second.kind()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(second.code()).isEqualTo("device_not_found");

        assertThat(raw.post("activate_license", m("product", "demo-key", "license_key", "DEMO-KEY-1111-2222",
                "hardware_id", "hw-elsewhere")).statusCode()).isEqualTo(200);
        LicenseFacts moved = ((ApiResult.Success<LicenseFacts>) c.checkLicense(
                new CheckRequest("demo-key", "hw-elsewhere", new Identity.LicenseKey("DEMO-KEY-1111-2222"), null),
                Cancellation.none())).value();
        assertThat(moved.transferCount()).isEqualTo(1);
        assertThat(moved.transfersLeft()).isEqualTo(4);
    }

    @Test
    void outcomesForRejections() {
        DeactivationService svc = service(settings());
        assertThat(svc.deactivate(DeactivationInput.user("demo-user", HW, "alice@example.com", "wrong".toCharArray()),
                Cancellation.none()).kind()).isEqualTo(OutcomeKind.CREDENTIALS_REJECTED);
        assertThat(svc.deactivate(DeactivationInput.user("demo-user", HW, "alice@example.com", null),
                Cancellation.none()).kind()).as("username alone").isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(svc.deactivate(DeactivationInput.licenseKey("nope", HW, "K"), Cancellation.none()).kind())
                .isEqualTo(OutcomeKind.PRODUCT_PROBLEM);
        assertThat(svc.deactivate(DeactivationInput.licenseKey("demo-key", "demo-other-machine-0001", "DEMO-DISABLED-0001"),
                Cancellation.none()).kind()).isEqualTo(OutcomeKind.LICENSE_PROBLEM);
        assertThat(svc.deactivate(DeactivationInput.licenseKey("demo-key", HW, "NO-SUCH-KEY"), Cancellation.none()).kind())
                .isEqualTo(OutcomeKind.LICENSE_PROBLEM);

        ClientSettings badKey = ClientSettings.defaults(server.baseUrl(), new ApiAuth.ApiKey(server.apiKey(), Secret.of("wrong")),
                ResponseSignatureVerifier.parsePem(server.publicKeyPem()));
        assertThat(deactivateDemoKey(badKey).kind()).isEqualTo(OutcomeKind.VENDOR_CONFIG_PROBLEM);
    }

    @Test
    void clockSkewBothWays() {
        Outcome clientSkewed = deactivateDemoKey(settings().withClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))));
        assertThat(clientSkewed.kind()).isEqualTo(OutcomeKind.CLOCK_SKEW);
        assertThat(clientSkewed.clockOffsetSeconds()).isBetween(-3700L, -3500L);

        server.faults().set(FaultSpec.of("deactivate_license", "skew_date").withSkewSeconds(-7200).withTimes(1));
        Outcome serverSkewed = deactivateDemoKey(settings());
        assertThat(serverSkewed.kind()).isEqualTo(OutcomeKind.CLOCK_SKEW);
        assertThat(serverSkewed.clockOffsetSeconds()).isBetween(-7300L, -7100L);
        assertThat(server.activeHardwareIds(1001)).contains(HW);
    }

    /** The server acted, then closed before any answer byte: nothing proves it acted, so not "freed" but noted. */
    @Test
    void lostResponseWithoutAnyAnswerIsAlreadyInactiveWithTheMayHaveFreedNote() {
        server.faults().set(FaultSpec.of("deactivate_license", "lost_response").withTimes(1));
        Outcome o = deactivateDemoKey(settings());
        assertThat(o.kind()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(o.confirmedOnRetry()).isFalse();
        assertThat(o.detail()).contains(dev.licensemanager.service.OutcomeMapper.MAY_HAVE_ACTED);
        assertThat(o.attempts()).isEqualTo(2);
        assertThat(server.activeHardwareIds(1001)).doesNotContain(HW);
    }

    @Test
    void resetMidBodyIsConfirmedOnRetry() {
        server.faults().set(FaultSpec.of("deactivate_license", "reset").withTimes(1));
        Outcome o = deactivateDemoKey(settings());
        assertThat(o.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(o.confirmedOnRetry()).isTrue();
    }

    @Test
    void hangTimesOutThenRetrySucceeds() {
        server.faults().set(FaultSpec.of("deactivate_license", "hang").withTimes(1));
        Outcome o = deactivateDemoKey(settings());
        assertThat(o.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(o.attempts()).isEqualTo(2);
        assertThat(server.activeHardwareIds(1001)).doesNotContain(HW);
    }

    @Test
    void serverErrorsRateLimitsAndGarbage() {
        server.faults().set(FaultSpec.of("deactivate_license", "status").withStatus(503).withRetryAfterSeconds(1).withTimes(1));
        Outcome retried = deactivateDemoKey(settings());
        assertThat(retried.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(retried.attempts()).isEqualTo(2);

        server.faults().set(FaultSpec.of("check_license", "status").withStatus(500).withRetryAfterSeconds(0));
        server.faults().set(FaultSpec.of("deactivate_license", "rate_limit").withRetryAfterSeconds(0));
        assertThat(deactivateDemoKey(settings().withMaxAttempts(2)).kind()).isEqualTo(OutcomeKind.RATE_LIMITED);
        server.faults().set(FaultSpec.of("deactivate_license", "status").withStatus(502).withRetryAfterSeconds(0));
        assertThat(deactivateDemoKey(settings().withMaxAttempts(2)).kind()).isEqualTo(OutcomeKind.SERVER_ERROR);
        server.faults().set(FaultSpec.of("deactivate_license", "html"));
        assertThat(deactivateDemoKey(settings()).kind()).isNotIn(OutcomeKind.DEACTIVATED, OutcomeKind.ALREADY_INACTIVE);
        server.faults().clear();

        server.faults().set(FaultSpec.of("check_license", "malformed"));
        ApiResult<LicenseFacts> bad = client(settings()).checkLicense(
                new CheckRequest("demo-key", HW, new Identity.LicenseKey("DEMO-KEY-1111-2222"), null), Cancellation.none());
        assertThat(bad).isInstanceOf(ApiResult.ProtocolError.class);
        assertThat(raw.post("activate_license", m("product", "demo-key", "license_key", "DEMO-KEY-1111-2222",
                "hardware_id", HW)).statusCode()).isEqualTo(200);
        server.faults().set(FaultSpec.of("deactivate_license", "latency").withDelayMs(300));
        assertThat(deactivateDemoKey(settings()).kind()).isEqualTo(OutcomeKind.DEACTIVATED);
    }

    @Test
    void signedResponsesVerifyAndAForeignKeyIsRefused() {
        OkHttpLicenseApiClient c = client(settings());
        assertThat(c.productDetails("demo-user", Cancellation.none())).isInstanceOf(ApiResult.Success.class);
        ApiResult<ProductDetails> pd = c.productDetails("demo-user", Cancellation.none());
        assertThat(((ApiResult.Success<ProductDetails>) pd).value().userBased()).isTrue();
        ApiResult<List<UserLicense>> ul = c.userLicenses("demo-user",
                new Identity.User("alice@example.com", Secret.of("demo-password")), Cancellation.none());
        assertThat(((ApiResult.Success<List<UserLicense>>) ul).value()).hasSize(2);
        ApiResult<SsoUrl> sso = c.ssoUrl("demo-user", "demo-corp", "code", "http://127.0.0.1:4711/cb", Cancellation.none());
        assertThat(((ApiResult.Success<SsoUrl>) sso).value().url()).startsWith(server.baseUrl());

        ClientSettings foreign = settings().withPublicKey(ResponseSignatureVerifier.licenseSpringProductionKey());
        ApiResult<ProductDetails> refused = client(foreign).productDetails("demo-key", Cancellation.none());
        assertThat(refused).isInstanceOf(ApiResult.ProtocolError.class);
    }

    @Test
    void oauthClientCredentials() {
        ClientSettings oauth = ClientSettings.defaults(server.baseUrl(),
                new ApiAuth.OAuthClient(server.oauthClientId(), Secret.of(server.oauthClientSecret()), server.tokenUrl()),
                ResponseSignatureVerifier.parsePem(server.publicKeyPem()));
        assertThat(deactivateDemoKey(oauth).kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        ClientSettings wrong = ClientSettings.defaults(server.baseUrl(),
                new ApiAuth.OAuthClient(server.oauthClientId(), Secret.of("nope"), server.tokenUrl()),
                ResponseSignatureVerifier.parsePem(server.publicKeyPem()));
        assertThat(deactivateDemoKey(wrong).kind()).isEqualTo(OutcomeKind.VENDOR_CONFIG_PROBLEM);
    }

    @Test
    void offlineDeactivationThroughTheClient() {
        String request = "{\"license_key\":\"DEMO-KEY-1111-2222\",\"hardware_id\":\"" + HW + "\",\"product\":\"demo-key\","
                + "\"api_key\":\"" + server.apiKey() + "\",\"schema_version\":2,\"date\":\"Thu Nov 27 2025 05:23:00 GMT+0000\"}";
        String file = java.util.Base64.getEncoder().encodeToString(("{\"request\":" + request + ",\"signature\":\""
                + TestClient.hmac(server.sharedKey(), request) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ApiResult<String> r = client(settings()).deactivateOffline(file, Cancellation.none());
        assertThat(r).isInstanceOf(ApiResult.Success.class);
        assertThat(server.activeHardwareIds(1001)).doesNotContain(HW);
    }

    @Test
    void ssoCodeGrantThroughTheService() {
        OkHttpLicenseApiClient c = client(settings());
        String redirect = "http://127.0.0.1:4712/callback";
        String url = ((ApiResult.Success<SsoUrl>) c.ssoUrl("demo-user", "demo-corp", "code", redirect, Cancellation.none()))
                .value().url();
        java.net.URI location = SandboxSsoTest.submitLogin(raw, url, "alice@example.com", "demo-password");
        String code = HttpIo.parseForm(location.getRawQuery()).get("code").toString();
        Outcome o = service(settings()).deactivate(DeactivationInput.sso("demo-user", HW,
                dev.licensemanager.service.CredentialKind.SSO_CODE, code.toCharArray(), "demo-corp", redirect), Cancellation.none());
        assertThat(o.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(server.activeHardwareIds(2001)).doesNotContain(HW);
    }
}
