package dev.licensemanager.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v4/floating/release}: frees a floating cloud seat (borrowed or not) held by {@code hardwareId}.
 * The identity is a license key or a username without password, exactly as LicenseSpring's SDKs send it.
 */
public record ReleaseRequest(String product, String hardwareId, Identity identity, Long licenseId) {

    /** Every reason this request cannot be sent; empty when it may be sent. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        RequestChecks.requireCode(p, "product", product);
        RequestChecks.requireText(p, "hardware ID", hardwareId, 512);
        if (identity == null) {
            p.add("no identity given: a license key or a username is required");
        } else if (identity instanceof Identity.LicenseKey || identity instanceof Identity.User) {
            RequestChecks.checkIdentity(p, identity);
        } else {
            p.add("a floating seat is released with a license key or a username, not with single sign-on");
        }
        if (licenseId != null && licenseId <= 0) {
            p.add("license ID must be a positive number, got " + licenseId);
        }
        return p;
    }

    /** The JSON body: {@code hardware_id}, {@code product}, the identity (no password), optional {@code license_id}. */
    public Map<String, Object> body() {
        Map<String, Object> m = RequestBody.target(licenseId, product, hardwareId);
        if (identity instanceof Identity.User u) {
            m.put("username", u.username()); // never a password: the SDKs release by username alone
        } else {
            identity.putFields(m);
        }
        return m;
    }
}
