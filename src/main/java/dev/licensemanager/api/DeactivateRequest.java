package dev.licensemanager.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One deactivation: {@code deactivate_license}, or {@code deactivate_bundle} when {@code bundle}.
 * {@link #problems()} lists impossible combinations; such a request is never sent.
 */
public record DeactivateRequest(String product, String hardwareId, Identity identity, Long licenseId,
                                boolean bundle, String bundleCode, Integer consumptions, DeviceInfo device) {

    public static DeactivateRequest of(String product, String hardwareId, Identity identity) {
        return new DeactivateRequest(product, hardwareId, identity, null, false, null, null, DeviceInfo.NONE);
    }

    public DeactivateRequest withLicenseId(Long id) {
        return new DeactivateRequest(product, hardwareId, identity, id, bundle, bundleCode, consumptions, device);
    }

    public DeactivateRequest asBundle() {
        return new DeactivateRequest(product, hardwareId, identity, licenseId, true, bundleCode, consumptions, device);
    }

    public DeactivateRequest withBundleCode(String code) {
        return new DeactivateRequest(product, hardwareId, identity, licenseId, bundle, code, consumptions, device);
    }

    public DeactivateRequest withConsumptions(Integer n) {
        return new DeactivateRequest(product, hardwareId, identity, licenseId, bundle, bundleCode, n, device);
    }

    public DeactivateRequest withDevice(DeviceInfo info) {
        return new DeactivateRequest(product, hardwareId, identity, licenseId, bundle, bundleCode, consumptions, info);
    }

    public String endpoint() {
        return bundle ? "deactivate_bundle" : "deactivate_license";
    }

    /** Every reason this request cannot be sent, in plain words; empty when it may be sent. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        RequestChecks.requireCode(p, "product", product);
        RequestChecks.requireText(p, "hardware ID", hardwareId, 512);
        if (identity == null) {
            p.add("no identity given: one of license key, username, SSO code or SSO token is required");
        } else {
            RequestChecks.checkIdentity(p, identity);
        }
        if (licenseId != null && licenseId <= 0) {
            p.add("license ID must be a positive number, got " + licenseId);
        }
        if (bundle && consumptions != null) {
            p.add("consumptions apply to a single license and cannot be sent with a bundle deactivation");
        }
        if (bundleCode != null) {
            RequestChecks.requireCode(p, "bundle code", bundleCode);
        }
        return p;
    }

    /** The JSON body fields in the order LicenseSpring's SDK sends them. */
    public Map<String, Object> body() {
        Map<String, Object> m = RequestBody.target(licenseId, product, hardwareId);
        if (bundleCode != null) {
            m.put("bundle_code", bundleCode);
        }
        identity.putFields(m);
        if (consumptions != null) {
            m.put("consumptions", consumptions);
        }
        (device == null ? DeviceInfo.NONE : device).putFields(m);
        return m;
    }
}
