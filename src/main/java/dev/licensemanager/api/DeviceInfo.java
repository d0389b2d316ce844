package dev.licensemanager.api;

import java.util.Map;

/** Optional device metadata sent with deactivation so the vendor's Devices view is useful to support. */
public record DeviceInfo(String sdkVer, String appVer, String osVer, String hostname) {
    public static final DeviceInfo NONE = new DeviceInfo(null, null, null, null);

    void putFields(Map<String, Object> target) {
        putIfPresent(target, "sdk_ver", sdkVer);
        putIfPresent(target, "app_ver", appVer);
        putIfPresent(target, "os_ver", osVer);
        putIfPresent(target, "hostname", hostname);
    }

    private static void putIfPresent(Map<String, Object> target, String name, String value) {
        if (value != null && !value.isBlank()) {
            target.put(name, value);
        }
    }
}
