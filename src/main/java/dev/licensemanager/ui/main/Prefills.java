package dev.licensemanager.ui.main;

import dev.licensemanager.config.Prefill;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.ui.account.AccountViewModel;
import dev.licensemanager.ui.key.KeyViewModel;
import dev.licensemanager.ui.machine.MachineViewModel;
import dev.licensemanager.ui.sso.SsoViewModel;
import java.util.Set;
import javafx.beans.property.ObjectProperty;

/**
 * Puts what support sent (window arguments or a {@code license-manager://} link) into the window: the fields,
 * the credential tab to start on, a hardware ID that replaces the computed one, and a license ID that goes
 * with the request. No secret is ever taken from there.
 */
final class Prefills {
    private Prefills() {
    }

    /** Applies {@code p}; returns the license ID to send ({@code license_id}), or null. */
    static Long apply(Prefill p, Set<CredentialKind> kinds, ObjectProperty<CredentialKind> kind, KeyViewModel key,
                      AccountViewModel account, SsoViewModel sso, MachineViewModel machine) {
        if (p.customerAccountCode() != null) {
            sso.accountCodeProperty().set(p.customerAccountCode());
            select(kinds, kind, CredentialKind.SSO_CODE);
        }
        if (p.username() != null) {
            account.usernameProperty().set(p.username());
            select(kinds, kind, CredentialKind.USER);
        }
        if (p.licenseKey() != null) {
            key.keyProperty().set(p.licenseKey());
            select(kinds, kind, CredentialKind.LICENSE_KEY);
        }
        if (p.hardwareId() != null && !p.hardwareId().isBlank()) {
            machine.override(p.hardwareId().strip());
        }
        return p.licenseId();
    }

    private static void select(Set<CredentialKind> kinds, ObjectProperty<CredentialKind> kind, CredentialKind k) {
        if (kinds.contains(k)) {
            kind.set(k);
        }
    }
}
