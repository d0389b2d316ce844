package dev.licensemanager.ui;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.LicensesResult;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.ui.common.LicenseActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Service double for view-model tests: scripted answers, recorded inputs (with their secrets as seen at call time). */
public final class FakeActions implements LicenseActions {
    public CheckResult check = new CheckResult(new LicenseSummary(42L, "perpetual", true, true, false, 2, 3, false,
            1, "2027-01-01", null), null);
    public Outcome outcome = new Outcome(OutcomeKind.DEACTIVATED, "license_deactivated", "", "", false, null, 1,
            "req-1", List.of());
    public LicensesResult licenses = new LicensesResult(List.of(), null);
    public final List<String> calls = new ArrayList<>();
    public final List<String> passwordsSent = new ArrayList<>();
    public final List<DeactivationInput> inputs = new ArrayList<>();

    @Override
    public CheckResult check(DeactivationInput in, Cancellation cancel) {
        record("check", in);
        return check;
    }

    @Override
    public Outcome deactivate(DeactivationInput in, Cancellation cancel) {
        record("deactivate", in);
        return outcome;
    }

    @Override
    public LicensesResult userLicenses(DeactivationInput in, Cancellation cancel) {
        record("user_licenses", in);
        return licenses;
    }

    private void record(String call, DeactivationInput in) {
        calls.add(call);
        inputs.add(in);
        passwordsSent.add(in.password() == null ? null : new String(in.password()));
        if (in.ssoSecret() != null) {
            passwordsSent.add(new String(in.ssoSecret()));
        }
    }

    public static Map<String, String> none() {
        return Map.of();
    }
}
