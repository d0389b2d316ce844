package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.Secret;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.service.OutcomeKind;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each outcome the sandbox can produce, through the real window: the dialog's title, code and next step. */
class OutcomeDialogViewTest {
    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();

    /** kind, code, product, license key (null: account alice / wrong password), settings change, fault. */
    static Stream<Arguments> outcomes() {
        Function<ClientSettings, ClientSettings> same = s -> s;
        return Stream.of(
                Arguments.of(OutcomeKind.ALREADY_INACTIVE, "device_not_found", "demo-key", "DEMO-ONE-SEAT-0001", same,
                        null),
                Arguments.of(OutcomeKind.CREDENTIALS_REJECTED, "invalid_credentials", "demo-user", null, same, null),
                Arguments.of(OutcomeKind.PRODUCT_PROBLEM, "unknown_product", "no-such-product", "DEMO-KEY-1111-2222",
                        same, null),
                Arguments.of(OutcomeKind.LICENSE_PROBLEM, "license_not_enabled", "demo-key", "DEMO-DISABLED-0001",
                        same, null),
                Arguments.of(OutcomeKind.NETWORK, "network_refused", "demo-key", "DEMO-KEY-1111-2222",
                        (Function<ClientSettings, ClientSettings>) s -> s.withBaseUrl("http://127.0.0.1:1"), null),
                Arguments.of(OutcomeKind.VENDOR_CONFIG_PROBLEM, "signature_mismatch", "demo-key", "DEMO-KEY-1111-2222",
                        (Function<ClientSettings, ClientSettings>) s -> new ClientSettings(s.baseUrl(),
                                new ApiAuth.ApiKey("sandbox-api-key-7f3a9c", Secret.of("wrong-shared-key")),
                                s.publicKey(), s.verifySignatures(), s.connectTimeout(), s.readTimeout(),
                                s.attemptTimeout(), s.deadline(), s.maxAttempts(), s.proxy(), s.trustManager(),
                                s.clock()), null),
                Arguments.of(OutcomeKind.RESPONSE_NOT_TRUSTED, "protocol_signature_invalid", "demo-key",
                        "DEMO-KEY-1111-2222", (Function<ClientSettings, ClientSettings>) s -> s.withPublicKey(otherKey()),
                        null),
                Arguments.of(OutcomeKind.CLOCK_SKEW, "date_header_diff", "demo-key", "DEMO-KEY-1111-2222", same,
                        FaultSpec.of("*", "skew_date").withSkewSeconds(7200)),
                Arguments.of(OutcomeKind.RATE_LIMITED, "too_many_requests", "demo-key", "DEMO-KEY-1111-2222", same,
                        FaultSpec.of("*", "rate_limit").withRetryAfterSeconds(0)),
                Arguments.of(OutcomeKind.SERVER_ERROR, "internal_error", "demo-key", "DEMO-KEY-1111-2222", same,
                        FaultSpec.of("*", "status").withStatus(500)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outcomes")
    void eachOutcomeHasItsDialog(OutcomeKind kind, String code, String product, String key,
                                 Function<ClientSettings, ClientSettings> change, FaultSpec fault) throws Exception {
        if (fault != null) {
            w.server.faults().set(fault);
        }
        w.show(w.deps(product, VendorConfig.ALL_KINDS, "code", url -> { }, change.apply(w.settings()), Map.of()));
        if (key != null) {
            w.robot.clickOn("#keyField").write(key);
        } else {
            w.robot.clickOn("#accountTab");
            w.robot.clickOn("#usernameField").write("alice@example.com");
            w.robot.clickOn("#passwordField").write("not-her-password");
        }
        w.robot.clickOn("#deactivateButton");
        SandboxWindow.waitFor(30, () -> w.present("#outcomeCode") || w.present("#confirmDeactivate"));
        if (w.present("#confirmDeactivate")) {
            w.click("#confirmDeactivate");
        }
        if (kind == OutcomeKind.ALREADY_INACTIVE) {
            w.waitFor("#outcomeHardware");
            assertThat(w.label("#outcomeHardware")).contains(SandboxWindow.HW, "test-fixed");
        }
        if (kind == OutcomeKind.CLOCK_SKEW) {
            w.waitFor("#outcomeText");
            assertThat(w.robot.lookup("#outcomeText").queryAs(Label.class).getText()).containsPattern("by -?7\\d{3} seconds");
        }
        if (kind == OutcomeKind.NETWORK) {
            w.waitFor("#outcomeText");
            assertThat(w.label("#outcomeText")).contains("the connection was refused");
        }
        w.assertOutcome(kind, code);
    }

    @Test
    void copyDetailsIsRedacted() throws Exception {
        w.show(w.deps("demo-user", Set.of("user")));
        w.robot.clickOn("#usernameField").write("alice@example.com");
        w.robot.clickOn("#passwordField").write("not-her-password");
        w.robot.clickOn("#deactivateButton");
        w.click("#confirmDeactivate");
        w.click("#copyDetails");
        String copied = clipboard();
        assertThat(copied).contains("code: invalid_credentials", "hardware id: " + SandboxWindow.HW)
                .doesNotContain("not-her-password");
        w.click("#outcomeOk");
    }

    private String clipboard() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() ->
                javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
    }

    private static java.security.PublicKey otherKey() {
        try {
            return KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
