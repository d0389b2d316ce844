package dev.licensemanager.service;

import java.util.ArrayList;
import java.util.List;

/**
 * The vendor's support contact from the configuration (any part may be missing). Every "contact support" step
 * shows it when one is configured.
 */
public record SupportContact(String url, String email, String phone) {
    public static final SupportContact NONE = new SupportContact(null, null, null);

    /** "web, e-mail, phone", the parts that are configured; empty when none is. */
    public String inline() {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {url, email, phone}) {
            if (p != null && !p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return String.join(", ", parts);
    }

    public boolean isEmpty() {
        return inline().isEmpty();
    }

    public static SupportContact of(dev.licensemanager.config.VendorConfig.Support s) {
        return s == null ? NONE : new SupportContact(s.url(), s.email(), s.phone());
    }
}
