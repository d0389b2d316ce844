package dev.licensemanager.service.doctor;

import dev.licensemanager.config.VendorConfig;
import java.util.ArrayList;
import java.util.List;

/** Whether the vendor configuration has what a deactivation needs; names the missing fields. */
public final class ConfigCompleteness {
    /** {@code missing}: field names; {@code demo}: nothing configured, the built-in sandbox stands in. */
    public record Result(List<String> missing, boolean demo) {
        public Result {
            missing = List.copyOf(missing);
        }
    }

    private ConfigCompleteness() {
    }

    public static Result check(VendorConfig c, String apiUrlOverride) {
        if (c.demo()) {
            return new Result(List.of(), true); // nothing configured on purpose: the built-in sandbox stands in
        }
        List<String> missing = new ArrayList<>();
        if (c.product() == null || c.product().code() == null) {
            missing.add("product.code");
        }
        // No api.base_url is not missing: LicenseSpring production is the default.
        if (c.api() == null || !c.api().hasHmac() && !c.api().hasOAuth()) {
            missing.add("api.api_key + api.shared_key (or api.oauth_client_id + api.oauth_client_secret)");
        }
        if (c.credentialKinds() != null && c.credentialKinds().size() == 1 && c.credentialKinds().contains("sso")
                && (c.sso() == null || c.sso().customerAccountCode() == null)) {
            missing.add("sso.customer_account_code");
        }
        return new Result(missing, c.demo());
    }

    /** The configuration could not be read at all. */
    public static Result unreadable(String problem) {
        return new Result(List.of(problem), false);
    }
}
