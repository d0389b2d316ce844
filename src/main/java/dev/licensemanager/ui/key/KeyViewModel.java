package dev.licensemanager.ui.key;

import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.InputNormaliser;
import dev.licensemanager.ui.common.CredentialForm;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** License-key view: the key with a format hint; valid by the rule the CLI and the offline request use too. */
public final class KeyViewModel implements CredentialForm {

    private final StringProperty key = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> isKey(trimmed()), key);
    private final StringBinding error;

    public KeyViewModel(ResourceBundle bundle) {
        error = Bindings.createStringBinding(() -> trimmed().isEmpty() || valid.get() ? ""
                : bundle.getString("key.error.format"), key, valid);
    }

    static boolean isKey(String s) {
        return InputNormaliser.licenseKeyProblem(s) == null;
    }

    /** The key as it will be sent: pasted labels and surrounding (also no-break) spaces removed. */
    private String trimmed() {
        String k = InputNormaliser.licenseKey(key.get());
        return k == null ? "" : k;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringBinding errorProperty() {
        return error;
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.LICENSE_KEY;
    }

    @Override
    public BooleanExpression valid() {
        return valid;
    }

    @Override
    public DeactivationInput snapshot(String product, String hardwareId) {
        return DeactivationInput.licenseKey(product, hardwareId, trimmed());
    }

    @Override
    public String describe() {
        String k = trimmed();
        return k.length() <= 4 ? k : "…" + k.substring(k.length() - 4);
    }

    @Override
    public void clearSecrets() {
        // A license key is not a secret the user types once; keep it for a retry.
    }
}
