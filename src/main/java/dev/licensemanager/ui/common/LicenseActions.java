package dev.licensemanager.ui.common;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.LicensesResult;
import dev.licensemanager.service.Outcome;

/** The three service calls the window makes; blocking, run through the TaskRunner. Tests pass lambdas. */
public interface LicenseActions {
    CheckResult check(DeactivationInput in, Cancellation cancel);

    Outcome deactivate(DeactivationInput in, Cancellation cancel);

    LicensesResult userLicenses(DeactivationInput in, Cancellation cancel);

    static LicenseActions of(DeactivationService s) {
        return new LicenseActions() {
            @Override
            public CheckResult check(DeactivationInput in, Cancellation cancel) {
                return s.check(in, cancel);
            }

            @Override
            public Outcome deactivate(DeactivationInput in, Cancellation cancel) {
                return s.deactivate(in, cancel);
            }

            @Override
            public LicensesResult userLicenses(DeactivationInput in, Cancellation cancel) {
                return s.userLicenses(in, cancel);
            }
        };
    }
}
