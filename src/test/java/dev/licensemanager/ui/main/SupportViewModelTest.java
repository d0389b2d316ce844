package dev.licensemanager.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.config.Prefill;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Support actions and prefill without a toolkit: same-thread runner, recording presenter, fake tools. */
class SupportViewModelTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(OutcomeText.BUNDLE, Locale.ENGLISH,
            SupportViewModelTest.class.getModule());
    private final FakeActions actions = new FakeActions();
    private final List<String> offlineInputs = new ArrayList<>();
    private final List<Path> bundles = new ArrayList<>();
    private boolean offerAnswer = true;
    private Path chosen = Path.of("out.req");
    private final List<String> offers = new ArrayList<>();
    private final RecordingPresenter presenter = new RecordingPresenter() {
        @Override
        public boolean showOutcomeWithOffer(Outcome o, OutcomeContext c, String offer) {
            showOutcome(o, c);
            offers.add(offer);
            return offerAnswer;
        }

        @Override
        public Path chooseSaveFile(String title, String initialName) {
            return chosen;
        }
    };
    private final SupportTools tools = new SupportTools() {
        @Override
        public String writeOfflineRequest(DeactivationInput in, Path target) {
            offlineInputs.add(in.kind() + ":" + in.product() + ":" + in.hardwareId() + ":"
                    + (in.kind() == CredentialKind.LICENSE_KEY ? in.licenseKey() : in.username()));
            return "written to " + target;
        }

        @Override
        public Path writeBundle(Path zip, dev.licensemanager.common.Cancellation cancel) {
            if (cancelBundle) {
                cancel.cancel(); // as if Cancel was pressed while the connection check ran
                throw new java.util.concurrent.CancellationException("support bundle cancelled; nothing written");
            }
            bundles.add(zip);
            return zip;
        }

        @Override
        public String summary() {
            return "Product: demo-key";
        }
    };
    private MainViewModel vm;
    private boolean cancelBundle;

    @BeforeEach
    void setUp() {
        DirectTaskRunner runner = new DirectTaskRunner();
        ProductInfo product = new ProductInfo("demo-key", "Demo Product", true, false,
                EnumSet.allOf(CredentialKind.class), "acme", null, "0.1.0", null, List.of());
        WindowContext ctx = new WindowContext(bundle, product, runner, actions, presenter,
                () -> new MachineIdentity("ABCDEF0123456789ABCDEF", "linux-machine-id", null, List.of(), "x"), null,
                null);
        vm = new MainViewModel(ctx, new KeyViewModel(bundle), new AccountViewModel(bundle, runner, actions, presenter),
                new SsoViewModel(bundle, runner, new FakeSso(), presenter, "acme"), new MachineViewModel(bundle, presenter));
        vm.setSupport(new SupportViewModel(bundle, runner, presenter, tools, vm::currentInput));
        vm.start();
    }

    @Test
    void networkFailureOffersTheOfflineRouteAndWritesWhatWasTyped() {
        actions.outcome = Outcome.of(OutcomeKind.NETWORK, "network_unreachable", "no route");
        vm.key().keyProperty().set("ABCD-1234");
        vm.deactivate();
        assertThat(offers).containsExactly("Create offline request…");
        assertThat(offlineInputs).containsExactly("LICENSE_KEY:demo-key:ABCDEF0123456789ABCDEF:ABCD-1234");
        assertThat(presenter.reports).singleElement().asString().contains("written to out.req");
        assertThat(vm.key().keyProperty().get()).isEqualTo("ABCD-1234");
    }

    @Test
    void declinedOfferOrOtherOutcomesWriteNothing() {
        offerAnswer = false;
        actions.outcome = Outcome.of(OutcomeKind.NETWORK, "network_unreachable", "no route");
        vm.key().keyProperty().set("ABCD-1234");
        vm.deactivate();
        actions.outcome = Outcome.of(OutcomeKind.CREDENTIALS_REJECTED, "invalid_credentials", "");
        vm.deactivate();
        assertThat(offers).hasSize(1);
        assertThat(presenter.outcomes).hasSize(2);
        assertThat(offlineInputs).isEmpty();
    }

    @Test
    void cancelledChooserWritesNothing() {
        chosen = null;
        vm.key().keyProperty().set("ABCD-1234");
        vm.support().offlineRequest();
        vm.support().saveBundle();
        assertThat(offlineInputs).isEmpty();
        assertThat(bundles).isEmpty();
    }

    @Test
    void aCancelledBundleSaysSoAndCancelDisappears() {
        chosen = Path.of("b.zip");
        cancelBundle = true;
        vm.support().saveBundle();
        assertThat(bundles).isEmpty();
        assertThat(vm.support().statusProperty().get()).isEqualTo("Support bundle not saved: cancelled.");
        assertThat(vm.support().savingBundleProperty().get()).isFalse();
        assertThat(vm.support().workingProperty().get()).isFalse();
    }

    @Test
    void bundleAndSummary() {
        chosen = Path.of("b.zip");
        vm.support().saveBundle();
        assertThat(bundles).containsExactly(Path.of("b.zip"));
        assertThat(vm.support().statusProperty().get()).isEqualTo("Support bundle saved to b.zip");
        vm.support().copySummary();
        assertThat(presenter.clipboard).containsExactly("Product: demo-key");
    }

    @Test
    void prefillFromArgumentsFillsTheKey() {
        vm.applyPrefill(Prefill.fromArgs(new String[] {"--product", "demo-key", "--license-key", "K-1234-5678"}));
        assertThat(vm.key().keyProperty().get()).isEqualTo("K-1234-5678");
        assertThat(vm.kindProperty().get()).isEqualTo(CredentialKind.LICENSE_KEY);
        assertThat(vm.canDeactivateProperty().get()).isTrue();
    }

    @Test
    void prefillFromALinkFillsTheAccountAndNeverTakesAPassword() {
        Prefill p = Prefill.fromArgs(new String[] {
            "license-manager://deactivate?product=demo-key&customer_account=acme-corp&password=hunter2"});
        vm.applyPrefill(p);
        assertThat(vm.sso().accountCodeProperty().get()).isEqualTo("acme-corp");
        assertThat(vm.kindProperty().get()).isEqualTo(CredentialKind.SSO_CODE);
        assertThat(vm.account().passwordProperty().get()).isEmpty();
        assertThat(p.warnings()).anyMatch(w -> w.contains("password"));
    }
}
