package dev.licensemanager.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** The start every seat request's JSON body shares, in the order LicenseSpring's SDKs send it. */
final class RequestBody {
    private RequestBody() {
    }

    /** {@code license_id} (when limited to one license), {@code product}, {@code hardware_id}; more fields follow. */
    static Map<String, Object> target(Long licenseId, String product, String hardwareId) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (licenseId != null) {
            m.put("license_id", licenseId);
        }
        m.put("product", product);
        m.put("hardware_id", hardwareId);
        return m;
    }
}
