package dev.licensemanager.service;

import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.CheckRequest;
import dev.licensemanager.api.DeactivateRequest;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.Identity;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.LicenseFacts;
import dev.licensemanager.api.Secret;
import dev.licensemanager.api.UserLicense;
import dev.licensemanager.common.Cancellation;
import java.util.List;

/**
 * Deactivation and the calls around it. Never runs on the FX thread (the UI's TaskRunner calls it).
 * Sends exactly the requests asked for: {@link #deactivate} sends the deactivation (and its retries)
 * and nothing else.
 */
public final class DeactivationService {
    private final LicenseApiClient client;
    private final DeviceInfo device;
    private final OutcomeHistory history;

    public DeactivationService(LicenseApiClient client, DeviceInfo device) {
        this(client, device, null);
    }

    /** With a history that remembers each deactivation outcome for the support bundle (null = none). */
    public DeactivationService(LicenseApiClient client, DeviceInfo device, OutcomeHistory history) {
        this.client = client;
        this.device = device;
        this.history = history;
    }

    public Outcome deactivate(DeactivationInput raw, Cancellation cancel) {
        DeactivationInput in = InputNormaliser.normalise(raw);
        Identity identity = identity(in);
        DeactivateRequest req = DeactivateRequest.of(in.product(), in.hardwareId(), identity)
                .withLicenseId(in.licenseId()).withBundleCode(in.bundleCode()).withConsumptions(in.consumptions())
                .withDevice(device);
        if (in.bundle()) {
            req = req.asBundle();
        }
        try {
            Outcome o = OutcomeMapper.fromDeactivation(client.deactivate(req, cancel));
            if (history != null) {
                history.record(in.bundle() ? "deactivate_bundle" : "deactivate", in.product(), o);
            }
            return o;
        } finally {
            wipe(identity);
            in.wipe();
        }
    }

    /** {@code check_license} for the confirm dialog. SSO identities cannot be checked: facts and failure both null. */
    public CheckResult check(DeactivationInput raw, Cancellation cancel) {
        DeactivationInput in = InputNormaliser.normalise(raw);
        Identity identity = identity(in);
        if (!CheckRequest.supports(identity)) {
            wipe(identity);
            in.wipe();
            return new CheckResult(null, null);
        }
        ApiResult<LicenseFacts> r = client.checkLicense(
                new CheckRequest(in.product(), in.hardwareId(), identity, in.licenseId()), cancel);
        wipe(identity);
        in.wipe();
        if (r instanceof ApiResult.Success<LicenseFacts> s) {
            LicenseFacts f = s.value();
            return new CheckResult(new LicenseSummary(f.licenseId(), f.licenseType(), f.licenseActive(),
                    f.licenseEnabled(), f.expired(), f.timesActivated(), f.maxActivations(), f.unlimitedActivations(),
                    f.transfersLeft(), f.validityPeriod(), null), null);
        }
        return new CheckResult(null, OutcomeMapper.fromFailure(r));
    }

    /** {@code user_licenses}: the licenses a user may pick from (user-based products only). */
    public LicensesResult userLicenses(DeactivationInput raw, Cancellation cancel) {
        DeactivationInput in = InputNormaliser.normalise(raw);
        Identity identity = identity(in);
        ApiResult<List<UserLicense>> r = client.userLicenses(in.product(), identity, cancel);
        wipe(identity);
        in.wipe();
        if (r instanceof ApiResult.Success<List<UserLicense>> s) {
            return new LicensesResult(s.value().stream().map(u -> new LicenseSummary(u.licenseId(), u.licenseType(),
                    u.active(), u.enabled(), false, u.timesActivated(), u.maxActivations(), false, null,
                    u.validityPeriod(), u.userEmail())).toList(), null);
        }
        return new LicensesResult(List.of(), OutcomeMapper.fromFailure(r));
    }

    static Identity identity(DeactivationInput in) {
        if (in.kind() == null) {
            return null;
        }
        return switch (in.kind()) {
            case LICENSE_KEY -> in.licenseKey() == null ? null : new Identity.LicenseKey(in.licenseKey());
            case USER -> in.username() == null ? null
                    : new Identity.User(in.username(), in.password() == null ? null : Secret.of(in.password()));
            case SSO_CODE -> new Identity.SsoCode(Secret.of(orEmpty(in.ssoSecret())), in.customerAccountCode(),
                    in.redirectUri());
            case SSO_TOKEN -> new Identity.SsoToken(Secret.of(orEmpty(in.ssoSecret())), in.customerAccountCode(),
                    in.redirectUri());
        };
    }

    private static char[] orEmpty(char[] c) {
        return c == null ? new char[0] : c;
    }

    private static void wipe(Identity identity) {
        if (identity instanceof Identity.User u && u.password() != null) {
            u.password().wipe();
        } else if (identity instanceof Identity.SsoCode c) {
            c.code().wipe();
        } else if (identity instanceof Identity.SsoToken t) {
            t.idToken().wipe();
        }
    }
}
