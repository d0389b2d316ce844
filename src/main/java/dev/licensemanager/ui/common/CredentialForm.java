package dev.licensemanager.ui.common;

import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import javafx.beans.binding.BooleanExpression;

/** One credentials view's model: whether its input is valid, and an immutable snapshot of it. */
public interface CredentialForm {
    CredentialKind kind();

    BooleanExpression valid();

    /** Taken on the FX thread; secrets are copied so the form can be cleared at once. */
    DeactivationInput snapshot(String product, String hardwareId);

    /** A short non-secret description for the confirm dialog and the receipt. */
    String describe();

    /** Clears passwords and one-time SSO secrets (after each attempt, and when the window hides). */
    void clearSecrets();
}
