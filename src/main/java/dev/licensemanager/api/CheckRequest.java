package dev.licensemanager.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code check_license} query. Only key and username identities can be checked (the API's rule). */
public record CheckRequest(String product, String hardwareId, Identity identity, Long licenseId) {

    public static boolean supports(Identity identity) {
        return identity instanceof Identity.LicenseKey || identity instanceof Identity.User;
    }

    List<String> problems() {
        List<String> p = new java.util.ArrayList<>();
        RequestChecks.requireCode(p, "product", product);
        RequestChecks.requireText(p, "hardware ID", hardwareId, 512);
        if (!supports(identity)) {
            p.add("check_license needs a license key or a username");
        } else {
            RequestChecks.checkIdentity(p, identity);
        }
        return p;
    }

    Map<String, Object> query() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("product", product);
        q.put("hardware_id", hardwareId);
        if (identity instanceof Identity.LicenseKey k) {
            q.put("license_key", k.key());
        } else if (identity instanceof Identity.User u) {
            // check_license takes the username only; never put a password into a URL.
            q.put("username", u.username());
        }
        if (licenseId != null) {
            q.put("license_id", licenseId);
        }
        return q;
    }
}
