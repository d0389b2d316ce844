package dev.licensemanager.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.LicensesResult;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.ui.FakeActions;
import dev.licensemanager.ui.FakeSso;
import dev.licensemanager.ui.RecordingPresenter;
import dev.licensemanager.ui.account.AccountViewModel;
import dev.licensemanager.ui.common.DirectTaskRunner;
import dev.licensemanager.ui.key.KeyViewModel;
import dev.licensemanager.ui.machine.MachineViewModel;
import dev.licensemanager.ui.sso.SsoViewModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main flow without a toolkit: same-thread runner, recording presenter, scripted service. */
class MainViewModelTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(OutcomeText.BUNDLE, Locale.ENGLISH,
            MainViewModelTest.class.getModule());
    private final FakeActions actions = new FakeActions();
    private final RecordingPresenter presenter = new RecordingPresenter();
    private final FakeSso sso = new FakeSso();
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        setUp(false);
    }

    private void setUp(boolean isBundle) {
        setUp(isBundle, null);
    }

    private void setUp(boolean isBundle, dev.licensemanager.config.Prefill prefill) {
        DirectTaskRunner runner = new DirectTaskRunner();
        ProductInfo product = new ProductInfo("demo-key", "Demo Product", true, isBundle,
                EnumSet.allOf(CredentialKind.class), "acme", null, "0.1.0", null, List.of());
        WindowContext ctx = new WindowContext(bundle, product, runner, actions, presenter,
                () -> new MachineIdentity("ABCDEF0123456789ABCDEF", "linux-machine-id", null, List.of(), "x"), null,
                cancel -> "DNS ok\nTLS ok");
        vm = new MainViewModel(ctx, new KeyViewModel(bundle), new AccountViewModel(bundle, runner, actions, presenter),
                new SsoViewModel(bundle, runner, sso, presenter, "acme"), new MachineViewModel(bundle, presenter));
        vm.applyPrefill(prefill); // as the window does: before start()
        vm.start();
    }

    /** Support's link or arguments: a hardware ID replaces the computed one, a license ID goes with the request. */
    @Test
    void prefilledHardwareIdAndLicenseIdAreUsedAndShown() {
        setUp(false, dev.licensemanager.config.Prefill.fromLink(
                "license-manager://deactivate?license_key=ABCD-1234&license_id=4711"));
        assertThat(vm.machine().hardwareId()).isEqualTo("ABCDEF0123456789ABCDEF"); // a link carries no hardware ID
        setUp(false, dev.licensemanager.config.Prefill.fromArgs(new String[] {"--license-key", "ABCD-1234",
                "--license-id", "4711", "--hardware-id", " 0123456789abcdef-from-support "}));
        assertThat(vm.machine().hardwareId()).isEqualTo("0123456789abcdef-from-support");
        assertThat(vm.machine().algorithm()).isEqualTo("given by support");
        assertThat(vm.machine().explanationProperty().get()).contains("Set by your support contact");
        vm.deactivate();
        assertThat(actions.inputs).hasSize(2).allSatisfy(in -> {
            assertThat(in.hardwareId()).isEqualTo("0123456789abcdef-from-support");
            assertThat(in.licenseId()).isEqualTo(4711L);
            assertThat(in.licenseKey()).isEqualTo("ABCD-1234");
        });
        assertThat(presenter.confirms).singleElement().satisfies(f -> assertThat(f.credential()).contains("#4711"));
        assertThat(vm.receipts().textProperty().get()).contains("0123456789abcdef-from-support", "given by support");
    }

    @Test
    void keyIsTrimmedAndValidatedBeforeDeactivateIsEnabled() {
        assertThat(vm.canDeactivateProperty().get()).isFalse();
        vm.key().keyProperty().set("ab\nc");
        assertThat(vm.canDeactivateProperty().get()).isFalse();
        assertThat(vm.key().errorProperty().get()).contains("license key");
        vm.key().keyProperty().set("  License key: ABCD-1234-EFGH\u00a0");
        assertThat(vm.key().errorProperty().get()).isEmpty();
        assertThat(vm.canDeactivateProperty().get()).isTrue();
    }

    @Test
    void confirmShowsCheckFactsThenDeactivatesAndWritesReceipt() {
        vm.key().keyProperty().set(" ABCD-1234 ");
        vm.deactivate();
        assertThat(actions.calls).containsExactly("check", "deactivate");
        assertThat(actions.inputs.get(1).licenseKey()).isEqualTo("ABCD-1234");
        assertThat(presenter.confirms).singleElement().satisfies(f -> {
            assertThat(f.facts().transfersLeft()).isEqualTo(1);
            assertThat(f.facts().maxActivations()).isEqualTo(3);
        });
        assertThat(presenter.last().kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(vm.receipts().textProperty().get()).contains("demo-key", "ABCDEF0123456789ABCDEF", "license_deactivated",
                "…1234");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void declinedConfirmSendsNothing() {
        presenter.answer = false;
        vm.key().keyProperty().set("ABCD-1234");
        vm.deactivate();
        assertThat(actions.calls).containsExactly("check");
        assertThat(presenter.outcomes).isEmpty();
        assertThat(vm.receipts().receiptProperty().get()).isNull();
    }

    @Test
    void inactiveDeviceIsToldInsteadOfAsked() {
        actions.check = new CheckResult(null, Outcome.of(OutcomeKind.ALREADY_INACTIVE, "device_not_found", ""));
        vm.key().keyProperty().set("ABCD-1234");
        vm.deactivate();
        assertThat(presenter.confirms).isEmpty();
        assertThat(actions.calls).containsExactly("check");
        assertThat(presenter.last().code()).isEqualTo("device_not_found");
    }

    @Test
    void networkFailureOnCheckStopsWithThatOutcome() {
        actions.check = new CheckResult(null, Outcome.of(OutcomeKind.NETWORK, "network_dns", "no such host"));
        vm.key().keyProperty().set("ABCD-1234");
        vm.deactivate();
        assertThat(presenter.confirms).isEmpty();
        assertThat(presenter.last().code()).isEqualTo("network_dns");
    }

    @Test
    void passwordIsSentThenClearedAfterTheAttempt() {
        vm.kindProperty().set(CredentialKind.USER);
        vm.account().usernameProperty().set("ann@example.com");
        vm.account().passwordProperty().set("s3cret");
        assertThat(vm.canDeactivateProperty().get()).isTrue();
        actions.outcome = Outcome.of(OutcomeKind.CREDENTIALS_REJECTED, "invalid_credentials", "");
        vm.deactivate();
        assertThat(actions.passwordsSent).containsExactly("s3cret", "s3cret");
        assertThat(vm.account().passwordProperty().get()).isEmpty();
        assertThat(actions.inputs.get(1).password()).containsOnly('\0');
        assertThat(vm.canDeactivateProperty().get()).isFalse();
        assertThat(vm.receipts().receiptProperty().get()).isNull();
    }

    @Test
    void severalLicensesLetTheUserPickAndTheIdIsSent() {
        actions.licenses = new LicensesResult(List.of(
                new LicenseSummary(7L, "perpetual", true, true, false, 1, 2, false, null, null, "a@x"),
                new LicenseSummary(9L, "subscription", true, true, false, 1, 2, false, null, "2027-01-01", "a@x")), null);
        vm.kindProperty().set(CredentialKind.USER);
        vm.account().usernameProperty().set("a@x");
        vm.account().passwordProperty().set("pw");
        vm.account().findLicenses();
        assertThat(vm.account().licenses()).hasSize(2);
        assertThat(vm.account().selectedLicenseProperty().get()).isNull();
        vm.account().selectedLicenseProperty().set(vm.account().licenses().get(1));
        vm.deactivate();
        assertThat(actions.inputs.get(actions.inputs.size() - 1).licenseId()).isEqualTo(9L);
    }

    @Test
    void ssoSignInGoesStraightToConfirmAndSpendsTheCode() {
        vm.kindProperty().set(CredentialKind.SSO_CODE);
        assertThat(vm.canDeactivateProperty().get()).isFalse();
        vm.sso().signInWithBrowser();
        assertThat(sso.opened).singleElement().asString().contains("customer_account_code=acme");
        assertThat(actions.calls).containsExactly("check", "deactivate");
        var sent = actions.inputs.get(1);
        assertThat(sent.kind()).isEqualTo(CredentialKind.SSO_CODE);
        assertThat(sent.customerAccountCode()).isEqualTo("acme");
        assertThat(sent.redirectUri()).isEqualTo("http://127.0.0.1:5555/callback");
        assertThat(actions.passwordsSent).contains("the-code");
        assertThat(vm.sso().signedInProperty().get()).isFalse();
    }

    @Test
    void pastedRedirectAddressYieldsTheImplicitToken() {
        sso.grant = CredentialKind.SSO_TOKEN;
        vm.kindProperty().set(CredentialKind.SSO_CODE);
        presenter.answer = false;
        vm.sso().pastedProperty().set("http://127.0.0.1:4444/cb#id_token=ID&access_token=AT%2B1&state=x");
        vm.sso().usePasted();
        assertThat(presenter.confirms).hasSize(1);
        assertThat(actions.calls).containsExactly("check");
        assertThat(actions.passwordsSent).contains("AT+1");
        assertThat(actions.inputs.get(0).kind()).isEqualTo(CredentialKind.SSO_TOKEN);
        assertThat(actions.inputs.get(0).redirectUri()).isEqualTo("http://127.0.0.1:4444/cb");
    }

    @Test
    void copyLinkPutsTheSignInLinkOnTheClipboard() {
        vm.sso().accountCodeProperty().set("acme");
        presenter.answer = false;
        vm.sso().copyLink();
        assertThat(presenter.clipboard).singleElement().asString().startsWith("http://127.0.0.1:1/login");
        assertThat(sso.opened).isEmpty();
    }

    @Test
    void bundleProductsSendTheBundleFlagWhenChosen() {
        setUp(true);
        vm.bundleWantedProperty().set(true);
        vm.key().keyProperty().set("DEMO-BUNDLE-0001");
        vm.deactivate();
        assertThat(actions.inputs.get(1).bundle()).isTrue();
    }

    @Test
    void closingTheWindowClearsPasswordsAndSsoSecrets() {
        vm.account().usernameProperty().set("ann@example.com");
        vm.account().passwordProperty().set("s3cret");
        // Signed in for real (the browser "returned" a code); the key tab is active and empty, so the sign-in's
        // follow-up deactivation does not start and the code is still held when the window closes.
        vm.sso().accountCodeProperty().set("acme");
        vm.sso().signInWithBrowser();
        assertThat(vm.sso().signedInProperty().get()).as("signed in before closing").isTrue();
        assertThat(sso.handedOut).hasSize(1);
        char[] held = sso.handedOut.get(0);
        assertThat(new String(held)).isEqualTo("the-code");
        assertThat(vm.sso().snapshot("p", "hw").ssoSecret()).containsExactly("the-code".toCharArray());
        vm.close();
        assertThat(vm.account().passwordProperty().get()).isEmpty();
        assertThat(vm.sso().signedInProperty().get()).isFalse();
        assertThat(held).as("the code the browser returned is overwritten").containsOnly('\0');
        assertThat(vm.sso().snapshot("p", "hw").ssoSecret()).isEmpty();
    }

    @Test
    void cancelledDeactivationShowsTheCancelledOutcomeAndNoReceipt() {
        actions.outcome = Outcome.of(OutcomeKind.CANCELLED, "cancelled", "cancelled after the request was sent");
        vm.key().keyProperty().set("ABCD-1234");
        vm.deactivate();
        assertThat(presenter.last().kind()).isEqualTo(OutcomeKind.CANCELLED);
        assertThat(vm.receipts().receiptProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void userProductOfTheDemoIsUsedForAccountAndSso() {
        ProductInfo p = new ProductInfo("demo-key", "Demo", true, false, EnumSet.allOf(CredentialKind.class), null,
                null, "0", "demo-user", List.of());
        assertThat(p.codeFor(CredentialKind.LICENSE_KEY)).isEqualTo("demo-key");
        assertThat(p.codeFor(CredentialKind.USER)).isEqualTo("demo-user");
        assertThat(p.codeFor(CredentialKind.SSO_TOKEN)).isEqualTo("demo-user");
    }

    @Test
    void receiptCanBeCopiedAndSaved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        vm.key().keyProperty().set("ABCD-1234");
        vm.deactivate();
        vm.receipts().copy();
        assertThat(presenter.clipboard).singleElement().asString().contains("Hardware ID: ABCDEF0123456789ABCDEF");
        java.nio.file.Path file = dir.resolve(vm.receipts().receiptProperty().get().fileName());
        vm.receipts().save(file);
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(vm.receipts().textProperty().get());
        assertThat(vm.receipts().statusProperty().get()).startsWith("Saved to");
    }

    @Test
    void connectionTestShowsTheDoctorReport() {
        vm.testConnection();
        assertThat(presenter.reports).singleElement().asString().contains("Connection test", "DNS ok", "TLS ok");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
