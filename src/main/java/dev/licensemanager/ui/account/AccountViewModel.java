package dev.licensemanager.ui.account;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.LicensesResult;
import dev.licensemanager.ui.common.StatusPresenter;
import dev.licensemanager.ui.common.TaskRunner;
import dev.licensemanager.ui.common.CredentialForm;
import dev.licensemanager.ui.common.LicenseActions;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Account view: username + password, and the license choice when the user has several licenses. */
public final class AccountViewModel implements CredentialForm {
    private final ResourceBundle bundle;
    private final TaskRunner runner;
    private final LicenseActions actions;
    private final StatusPresenter presenter;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObservableList<LicenseSummary> licenses = FXCollections.observableArrayList();
    private final ObjectProperty<LicenseSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty licensesStatus = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanBinding valid;
    private final StringBinding usernameError;
    private Cancellation current;
    private Supplier<String> product = () -> null;
    private Supplier<String> hardwareId = () -> null;

    public AccountViewModel(ResourceBundle bundle, TaskRunner runner, LicenseActions actions, StatusPresenter presenter) {
        this.bundle = bundle;
        this.runner = runner;
        this.actions = actions;
        this.presenter = presenter;
        valid = Bindings.createBooleanBinding(() -> userOk() && !password.get().isEmpty(), username, password);
        usernameError = Bindings.createStringBinding(() -> user().isEmpty() || userOk() ? ""
                : bundle.getString("account.error.username"), username);
        username.addListener((o, a, b) -> {
            licenses.clear();
            licensesStatus.set("");
        });
    }

    private String user() {
        return username.get() == null ? "" : username.get().strip();
    }

    private boolean userOk() {
        String u = user();
        return !u.isEmpty() && u.chars().noneMatch(Character::isWhitespace) && u.length() <= 254;
    }

    /** Where product code and hardware ID come from (the window knows them). */
    public void setTarget(Supplier<String> productCode, Supplier<String> hardware) {
        this.product = productCode;
        this.hardwareId = hardware;
    }

    /** {@code user_licenses}: lists the licenses to choose from; one is picked automatically. */
    public void findLicenses() {
        if (!valid.get() || loading.get()) {
            return;
        }
        selected.set(null);
        DeactivationInput in = snapshot(product.get(), hardwareId.get());
        loading.set(true);
        licensesStatus.set(bundle.getString("account.licenses.loading"));
        current = runner.run(c -> actions.userLicenses(in, c), r -> {
            in.wipe();
            loading.set(false);
            shown(r);
        }, e -> {
            in.wipe();
            loading.set(false);
            licensesStatus.set(bundle.getString("account.licenses.failed"));
        });
    }

    private void shown(LicensesResult r) {
        if (!r.ok()) {
            licensesStatus.set(bundle.getString("account.licenses.failed"));
            presenter.showOutcome(r.failure(), new StatusPresenter.OutcomeContext(null, null, null, null));
            return;
        }
        licenses.setAll(r.licenses());
        selected.set(licenses.size() == 1 ? licenses.get(0) : null);
        licensesStatus.set(MessageFormat.format(bundle.getString("account.licenses.found"), licenses.size()));
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringBinding usernameErrorProperty() {
        return usernameError;
    }

    public ObservableList<LicenseSummary> licenses() {
        return licenses;
    }

    public ObjectProperty<LicenseSummary> selectedLicenseProperty() {
        return selected;
    }

    public StringProperty licensesStatusProperty() {
        return licensesStatus;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.USER;
    }

    @Override
    public BooleanExpression valid() {
        return valid;
    }

    @Override
    public DeactivationInput snapshot(String product, String hardwareId) {
        DeactivationInput in = DeactivationInput.user(product, hardwareId, user(), password.get().toCharArray());
        LicenseSummary s = selected.get();
        return s == null ? in : in.withLicenseId(s.licenseId());
    }

    @Override
    public String describe() {
        LicenseSummary s = selected.get();
        return user() + (s == null || s.licenseId() == null ? "" : " · #" + s.licenseId());
    }

    @Override
    public void clearSecrets() {
        password.set("");
    }
}
