package dev.licensemanager.ui.main;

import dev.licensemanager.ui.common.CredentialForm;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.ui.account.AccountViewModel;
import dev.licensemanager.ui.common.StatusPresenter;
import dev.licensemanager.ui.common.StatusPresenter.ConfirmFacts;
import dev.licensemanager.ui.key.KeyViewModel;
import dev.licensemanager.ui.machine.MachineViewModel;
import dev.licensemanager.ui.sso.SsoViewModel;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The flow: snapshot the active form → check (facts for the confirm dialog) → confirm → deactivate →
 * status dialog → receipt. Busy while anything runs; Cancel aborts the HTTP call.
 */
public final class MainViewModel {

    private final WindowContext ctx;
    private final KeyViewModel key;
    private final AccountViewModel account;
    private final SsoViewModel sso;
    private final MachineViewModel machine;
    private final ObjectProperty<CredentialKind> kind = new SimpleObjectProperty<>(CredentialKind.LICENSE_KEY);
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty bundleWanted = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private final ReceiptViewModel receipts;
    private final ProductNamesViewModel names;
    private final BooleanBinding busy;
    private final javafx.beans.binding.StringBinding progressText;
    private final BooleanBinding canDeactivate;
    private Cancellation current;
    private boolean closed;
    private SupportViewModel support;
    private Long prefilledLicenseId;

    public MainViewModel(WindowContext ctx, KeyViewModel key, AccountViewModel account, SsoViewModel sso,
                         MachineViewModel machine) {
        this.ctx = ctx;
        this.key = key;
        this.account = account;
        this.sso = sso;
        this.machine = machine;
        // Waiting for the SSO browser is not "busy": the SSO form stays usable (copy the link, paste the code).
        busy = working.or(account.loadingProperty());
        progressText = Bindings.createStringBinding(() -> working.get() ? progress.get()
                : account.licensesStatusProperty().get(), working, progress, account.licensesStatusProperty());
        BooleanBinding formValid = Bindings.createBooleanBinding(() -> form().valid().get(), kind, key.valid(),
                account.valid(), sso.valid());
        canDeactivate = busy.not().and(sso.waitingProperty().not()).and(formValid).and(machine.readyProperty())
                .and(Bindings.createBooleanBinding(() -> ctx.product().code() != null));
        kind.set(ctx.product().kinds().stream().sorted().findFirst().orElse(CredentialKind.LICENSE_KEY));
        sso.setOnSignedIn(this::deactivate);
        account.setTarget(() -> ctx.product().codeFor(CredentialKind.USER), machine::hardwareId);
        receipts = new ReceiptViewModel(ctx);
        names = new ProductNamesViewModel(ctx.product());
    }

    public void start() {
        machine.load(ctx.runner(), ctx.machine());
    }

    CredentialForm form() {
        return switch (kind.get()) {
            case USER -> account;
            case SSO_CODE, SSO_TOKEN -> sso;
            default -> key;
        };
    }

    public void deactivate() {
        if (!canDeactivate.get()) {
            return;
        }
        CredentialForm f = form();
        DeactivationInput in = snapshot(f);
        String credential = f.describe() + (in.licenseId() != null && in.licenseId().equals(prefilledLicenseId)
                ? " · #" + prefilledLicenseId : "");
        f.clearSecrets();
        receipts.receiptProperty().set(null);
        DeactivationInput input = in;
        begin("progress.checking");
        current = ctx.runner().run(c -> ctx.actions().check(input, c), r -> checked(input, credential, r),
                e -> failed(input, e));
    }

    private void checked(DeactivationInput in, String credential, CheckResult check) {
        working.set(false);
        if (check.deviceInactive()) {
            in.wipe();
            Outcome o = check.failure() != null ? check.failure()
                    : Outcome.of(OutcomeKind.ALREADY_INACTIVE, "device_not_found", "check_license: device not active");
            show(o);
            return;
        }
        if (check.stopsDeactivation()) {
            in.wipe();
            show(check.failure());
            return;
        }
        ConfirmFacts facts = new ConfirmFacts(productName(), machine.hardwareId(), credential,
                check.facts(), check.failure());
        if (closed || !ctx.presenter().confirm(facts)) {
            in.wipe();
            return;
        }
        begin("progress.deactivating");
        current = ctx.runner().run(c -> ctx.actions().deactivate(in, c), o -> finished(in, credential, o),
                e -> failed(in, e));
    }

    private void finished(DeactivationInput in, String credential, Outcome o) {
        working.set(false);
        in.wipe();
        if (o.success()) {
            receipts.receiptProperty().set(new Receipt(Clock.systemUTC().instant(), productName() + " ("
                    + in.product() + ")", credential, machine.hardwareId(), machine.algorithm(),
                    o.code() + (o.confirmedOnRetry() ? " (confirmed on retry)" : ""), o.requestId()));
        }
        show(o);
    }

    /** The receipt for a seat freed from "Licenses on this computer" (null clears it). */
    public void receiptFor(dev.licensemanager.ui.computer.FreedSeat f) {
        receipts.receiptProperty().set(f == null ? null : new Receipt(Clock.systemUTC().instant(),
                f.license().productName() + " (" + f.license().product() + ")", f.license().shownIdentity(),
                machine.hardwareId(), machine.algorithm(), f.outcome().code()
                + (f.outcome().confirmedOnRetry() ? " (confirmed on retry)" : ""), f.outcome().requestId(),
                f.license().freeMethod().endpoint()));
    }

    private void failed(DeactivationInput in, Throwable e) {
        working.set(false);
        in.wipe();
        show(Outcome.of(OutcomeKind.UNEXPECTED, "unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    private void begin(String progressKey) {
        progress.set(ctx.bundle().getString(progressKey));
        working.set(true);
    }

    private void show(Outcome o) {
        if (closed) {
            return;
        }
        if (support != null && support.offersOfflineAfter(o)) {
            if (ctx.presenter().showOutcomeWithOffer(o, context(), support.offerLabel())) {
                support.offlineRequest();
            }
        } else {
            ctx.presenter().showOutcome(o, context());
        }
    }

    /** The support actions; after a network failure the outcome dialog offers their offline route. */
    public void setSupport(SupportViewModel support) {
        this.support = support;
    }

    public SupportViewModel support() {
        return support;
    }

    /** What is typed now, as a request (for the offline file; the caller wipes it). */
    public DeactivationInput currentInput() {
        return snapshot(form());
    }

    /** The form's input for this product and computer, with the bundle choice and a license ID support gave. */
    private DeactivationInput snapshot(CredentialForm f) {
        DeactivationInput in = f.snapshot(ctx.product().codeFor(f.kind()), machine.hardwareId());
        if (in.licenseId() == null && prefilledLicenseId != null) {
            in = in.withLicenseId(prefilledLicenseId);
        }
        return ctx.product().bundle() && bundleWanted.get() ? in.withBundle(true, null) : in;
    }

    /** Fills the fields from window arguments or a license-manager:// link (no secrets are ever taken). */
    public void applyPrefill(dev.licensemanager.config.Prefill p) {
        if (p != null && !p.isEmpty()) {
            prefilledLicenseId = Prefills.apply(p, ctx.product().kinds(), kind, key, account, sso, machine);
        }
    }

    public StatusPresenter.OutcomeContext context() {
        return new StatusPresenter.OutcomeContext(productName(), machine.hardwareId(),
                machine.algorithm(), ctx.product().appVersion());
    }

    /** The name of the product the chosen credential kind deactivates (dialogs and receipts name it). */
    public String productName() {
        return names.nameFor(kind.get());
    }

    /** The connectivity doctor (DNS, proxy, TLS, clock, API): runs like a deactivation, with Cancel. */
    public void testConnection() {
        if (ctx.connectionTest() == null || busy.get()) {
            return;
        }
        begin("progress.testing");
        current = ctx.runner().run(c -> ctx.connectionTest().run(c), text -> {
            working.set(false);
            if (!closed) {
                ctx.presenter().showReport(ctx.bundle().getString("doctor.window.title"), text);
            }
        }, e -> {
            working.set(false);
            show(Outcome.of(OutcomeKind.UNEXPECTED, "unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
        });
    }

    public boolean canTestConnection() {
        return ctx.connectionTest() != null;
    }

    /** Cancel: aborts whatever runs (check, deactivation, SSO wait, license list). */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
        sso.cancel();
        account.cancel();
    }

    /** The window hides: cancel, clear secrets, drop late results. */
    public void close() {
        closed = true;
        cancel();
        key.clearSecrets();
        account.clearSecrets();
        sso.clearSecrets();
        ctx.runner().shutdown();
    }

    public ObjectProperty<CredentialKind> kindProperty() {
        return kind;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public BooleanBinding canDeactivateProperty() {
        return canDeactivate;
    }

    public javafx.beans.binding.StringBinding progressTextProperty() {
        return progressText;
    }

    public ReceiptViewModel receipts() {
        return receipts;
    }

    public BooleanProperty bundleWantedProperty() {
        return bundleWanted;
    }

    public ProductInfo product() {
        return ctx.product();
    }

    /** The products' names: configured, else the server's once it gave them, else the codes. */
    public ProductNamesViewModel names() {
        return names;
    }

    public KeyViewModel key() {
        return key;
    }

    public AccountViewModel account() {
        return account;
    }

    public SsoViewModel sso() {
        return sso;
    }

    public MachineViewModel machine() {
        return machine;
    }
}
