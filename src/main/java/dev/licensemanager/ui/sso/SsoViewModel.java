package dev.licensemanager.ui.sso;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.SsoSignIn;
import dev.licensemanager.ui.common.StatusPresenter;
import dev.licensemanager.ui.common.TaskRunner;
import dev.licensemanager.ui.common.CredentialForm;
import java.util.Arrays;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Single sign-on view: customer account code, "Sign in with browser" (loopback redirect), "Copy
 * sign-in link", and a paste fallback. After a sign-in the one-time code or token is held until the
 * next attempt, which spends it.
 */
public final class SsoViewModel implements CredentialForm {
    private final ResourceBundle bundle;
    private final TaskRunner runner;
    private final SsoSignIn sso;
    private final StatusPresenter presenter;
    private final StringProperty accountCode = new SimpleStringProperty("");
    private final StringProperty pasted = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty waiting = new SimpleBooleanProperty();
    private final BooleanProperty signedIn = new SimpleBooleanProperty();
    private final BooleanBinding accountValid = Bindings.createBooleanBinding(
            () -> accountCode.get() != null && accountCode.get().strip().matches("[A-Za-z0-9_.-]{1,64}"), accountCode);
    private Runnable onSignedIn = () -> { };
    private SsoSignIn.Session session;
    private Cancellation current;
    private char[] secret;
    private String redirectUri;
    private CredentialKind secretKind;

    public SsoViewModel(ResourceBundle bundle, TaskRunner runner, SsoSignIn sso, StatusPresenter presenter,
                        String defaultAccountCode) {
        this.bundle = bundle;
        this.runner = runner;
        this.sso = sso;
        this.presenter = presenter;
        accountCode.set(defaultAccountCode == null ? "" : defaultAccountCode);
        accountCode.addListener((o, a, b) -> forget());
    }

    /** Called after a successful sign-in (the window then goes on to the confirm step). */
    public void setOnSignedIn(Runnable r) {
        onSignedIn = r;
    }

    public void signInWithBrowser() {
        begin(true);
    }

    /** Puts the sign-in link on the clipboard (starting a sign-in if none is waiting), for another browser. */
    public void copyLink() {
        if (session != null && waiting.get()) {
            presenter.copyToClipboard(session.url());
            status.set(bundle.getString("sso.status.copied"));
            return;
        }
        begin(false);
    }

    private void begin(boolean openBrowser) {
        if (!accountValid.get() || waiting.get()) {
            return;
        }
        forget();
        String account = accountCode.get().strip();
        waiting.set(true);
        status.set(bundle.getString("sso.status.starting"));
        current = runner.run(c -> {
            SsoSignIn.Start start = sso.start(account, c);
            // Launching the browser is a process start: keep it off the FX thread too.
            String problem = openBrowser && start.session() != null ? sso.openBrowser(start.session().url()) : null;
            return new Started(start, problem);
        }, st -> started(st.start(), openBrowser, st.browserProblem()), this::failed);
    }

    private record Started(SsoSignIn.Start start, String browserProblem) {
    }

    private void started(SsoSignIn.Start start, boolean openBrowser, String problem) {
        if (!waiting.get()) {
            if (start.session() != null) {
                start.session().close(); // cancelled while the sign-in was being prepared
            }
            return;
        }
        if (start.failure() != null) {
            waiting.set(false);
            status.set("");
            presenter.showOutcome(start.failure(), new StatusPresenter.OutcomeContext(null, null, null, null));
            return;
        }
        session = start.session();
        link.set(session.url());
        if (openBrowser) {
            status.set(problem == null ? bundle.getString("sso.status.waiting")
                    : bundle.getString("sso.status.nobrowser"));
        } else {
            presenter.copyToClipboard(session.url());
            status.set(bundle.getString("sso.status.copied"));
        }
        SsoSignIn.Session s = session;
        current = runner.run(s::await, cb -> arrived(s, cb), this::failed);
    }

    private void arrived(SsoSignIn.Session s, SsoSignIn.Callback cb) {
        if (s != session) {
            return; // superseded by a pasted code or a new attempt
        }
        waiting.set(false);
        if (!cb.ok()) {
            status.set("");
            Outcome o = cb.failure();
            presenter.showOutcome(o, new StatusPresenter.OutcomeContext(null, null, null, null));
            return;
        }
        accept(cb.secret(), s.redirectUri(), s.kind());
        status.set(bundle.getString("sso.status.signedin"));
        onSignedIn.run();
    }

    private void failed(Throwable t) {
        if (!waiting.get()) {
            return; // the user cancelled: nothing to report
        }
        waiting.set(false);
        status.set(String.valueOf(t.getMessage()));
    }

    /** Paste fallback: a bare code/token, or the whole redirect address the browser ended on. */
    public void usePasted() {
        String text = pasted.get() == null ? "" : pasted.get().strip();
        if (text.isEmpty() || !accountValid.get()) {
            return;
        }
        CredentialKind kind = sso.grant();
        String value = PastedRedirect.secret(text, kind);
        String pastedUri = PastedRedirect.redirectUri(text);
        String uri = pastedUri != null ? pastedUri : session != null ? session.redirectUri() : null;
        stopWaiting();
        accept(value.toCharArray(), uri, kind);
        pasted.set("");
        status.set(bundle.getString("sso.status.signedin"));
        onSignedIn.run();
    }

    private void accept(char[] value, String uri, CredentialKind kind) {
        wipe();
        secret = value;
        redirectUri = uri;
        secretKind = kind;
        signedIn.set(true);
    }

    /**
     * Stops waiting for the browser without reporting it (the user pasted the code instead, or cancelled). Waiting
     * ends first, so a sign-in that ends because of it is ignored rather than reported.
     */
    private void stopWaiting() {
        waiting.set(false);
        SsoSignIn.Session old = session;
        session = null;
        if (current != null) {
            current.cancel();
        }
        if (old != null) {
            old.close();
        }
    }

    /** Stops waiting for the browser; the user asked for it, so no "Cancelled" dialog follows. */
    public void cancel() {
        boolean wasWaiting = waiting.get();
        stopWaiting();
        if (wasWaiting) {
            status.set("");
        }
    }

    private void forget() {
        wipe();
        signedIn.set(false);
        link.set("");
    }

    private void wipe() {
        if (secret != null) {
            Arrays.fill(secret, '\0');
            secret = null;
        }
    }

    public StringProperty accountCodeProperty() {
        return accountCode;
    }

    public StringProperty pastedProperty() {
        return pasted;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty waitingProperty() {
        return waiting;
    }

    public BooleanProperty signedInProperty() {
        return signedIn;
    }

    public BooleanBinding accountValidProperty() {
        return accountValid;
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.SSO_CODE;
    }

    @Override
    public BooleanExpression valid() {
        return signedIn.and(accountValid);
    }

    @Override
    public DeactivationInput snapshot(String product, String hardwareId) {
        return DeactivationInput.sso(product, hardwareId, secretKind, secret == null ? new char[0] : secret.clone(),
                accountCode.get().strip(), redirectUri);
    }

    @Override
    public String describe() {
        return accountCode.get().strip();
    }

    /** SSO codes and tokens work once: the attempt spent it. */
    @Override
    public void clearSecrets() {
        wipe();
        signedIn.set(false);
        if (status.get() != null && !status.get().isEmpty() && !waiting.get()) {
            status.set("");
        }
    }
}
