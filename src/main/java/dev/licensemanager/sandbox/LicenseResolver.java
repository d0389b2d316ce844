package dev.licensemanager.sandbox;

import dev.licensemanager.sandbox.SandboxState.LicenseRec;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Finds the product and the license(s) a request means. Call with the state's monitor held. */
final class LicenseResolver {
    private final SandboxState state;
    private final TokenStore tokens;

    LicenseResolver(SandboxState state, TokenStore tokens) {
        this.state = state;
        this.tokens = tokens;
    }

    Seed.Product product(String code, boolean bundle) {
        Seed.Product p = state.product(code).orElseThrow(
                () -> ApiException.bad("unknown_product", "Product '" + code + "' not found."));
        if (Boolean.TRUE.equals(p.archived())) {
            throw ApiException.bad("archived_product", "Product '" + code + "' is archived.");
        }
        if (Boolean.FALSE.equals(p.enabled())) {
            throw ApiException.bad("disabled_product", "Product '" + code + "' is disabled.");
        }
        if (bundle != Boolean.TRUE.equals(p.bundle())) {
            throw ApiException.bad("validation_error", bundle
                    ? "'" + code + "' is not a bundle; use the license endpoints."
                    : "'" + code + "' is a bundle; use the bundle endpoints.");
        }
        return p;
    }

    /**
     * The licenses of {@code product} the identity may use, optionally narrowed to {@code licenseId}.
     *
     * @param passwordRequired activation and listing need the password; deactivation and check accept username alone
     */
    List<LicenseRec> candidates(Seed.Product product, Identity identity, Long licenseId, boolean passwordRequired) {
        List<LicenseRec> found;
        if (identity instanceof Identity.Key key) {
            found = state.licenses().stream()
                    .filter(l -> product.shortCode().equals(l.base.product()) && key.licenseKey().equals(l.base.licenseKey()))
                    .toList();
        } else {
            String email = userEmail(identity, passwordRequired);
            found = state.licenses().stream()
                    .filter(l -> product.shortCode().equals(l.base.product()) && email.equalsIgnoreCase(l.base.user()))
                    .sorted(Comparator.comparingLong(LicenseRec::id))
                    .toList();
        }
        if (licenseId != null) {
            found = found.stream().filter(l -> l.id() == licenseId).toList();
        }
        if (found.isEmpty()) {
            throw ApiException.bad("license_not_found", "No license found for the given key or license user.");
        }
        return found;
    }

    /** The single license a device call acts on: {@code preferHardwareId}'s active device wins when several match. */
    LicenseRec one(Seed.Product product, Identity identity, Long licenseId, boolean passwordRequired, String preferHardwareId) {
        List<LicenseRec> all = candidates(product, identity, licenseId, passwordRequired);
        if (preferHardwareId != null) {
            for (LicenseRec l : all) {
                if (l.device(preferHardwareId).filter(d -> d.active).isPresent()) {
                    return l;
                }
            }
        }
        return all.get(0);
    }

    String userEmail(Identity identity, boolean passwordRequired) {
        if (identity instanceof Identity.User u) {
            Seed.User user = state.user(u.username()).orElseThrow(
                    () -> ApiException.bad("license_not_found", "No license found for the given key or license user."));
            if (u.password() == null) {
                if (passwordRequired) {
                    throw ApiException.bad("validation_error", "'password' is required with 'username'.");
                }
                return user.email();
            }
            if (!Objects.equals(user.password(), u.password())) {
                throw ApiException.bad(SandboxBehaviour.WRONG_PASSWORD_CODE, "The username or password is wrong.");
            }
            return user.email();
        }
        if (identity instanceof Identity.Sso sso) {
            Seed.CustomerAccount acc = state.account(sso.accountCode()).orElseThrow(
                    () -> ApiException.bad("customer_account_not_found", "Customer account not found."));
            TokenStore.SsoGrant grant = tokens.spend(sso.kind(), sso.value(), acc.code());
            if (sso.redirectUri() != null && grant.redirectUri() != null && !sso.redirectUri().equals(grant.redirectUri())) {
                throw ApiException.bad("validation_error", "redirect_uri differs from the one used to sign in.");
            }
            return grant.email();
        }
        throw ApiException.bad("validation_error", "license_key cannot identify a license user.");
    }
}
