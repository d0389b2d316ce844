package dev.licensemanager.service.support;

import dev.licensemanager.config.BuildInfo;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** App, Java, JavaFX (from its system property; no JavaFX class is touched) and OS versions, locale, time zone. */
final class SystemFacts {
    private SystemFacts() {
    }

    static Map<String, Object> collect() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("app_name", BuildInfo.name());
        m.put("app_version", BuildInfo.version());
        m.put("app_build", prop("lm.build", BuildInfo.version()));
        m.put("packaged", System.getProperty("jpackage.app-path") != null);
        m.put("java_version", System.getProperty("java.version"));
        m.put("java_runtime", System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version"));
        m.put("java_vendor", System.getProperty("java.vendor"));
        m.put("javafx_version", prop("javafx.runtime.version", "not loaded (command line)"));
        m.put("os_name", System.getProperty("os.name"));
        m.put("os_version", System.getProperty("os.version"));
        m.put("os_arch", System.getProperty("os.arch"));
        m.put("locale", Locale.getDefault().toLanguageTag());
        m.put("time_zone", ZoneId.systemDefault().getId());
        return m;
    }

    private static String prop(String name, String dflt) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
