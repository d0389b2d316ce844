package dev.licensemanager.service.doctor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Words for the doctor from the {@code support} bundle: check names, summaries and fixes. */
public final class DoctorText {
    public static final String BUNDLE = "dev.licensemanager.i18n.support";

    private final ResourceBundle bundle;
    private final Locale locale;

    public DoctorText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, DoctorText.class.getModule());
    }

    public String checkName(DoctorCheck c) {
        return get("doctor.check." + c.name());
    }

    public String verdict(Verdict v) {
        return get("doctor.verdict." + v.name());
    }

    public String summary(CheckReport r) {
        return format(get("doctor." + r.code() + ".summary"), r.args().toArray());
    }

    /** The fix in plain words; empty when nothing needs doing. */
    public String fix(CheckReport r) {
        String key = "doctor." + r.code() + ".fix";
        return bundle.containsKey(key) ? format(bundle.getString(key), r.args().toArray()) : "";
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String format(String pattern, Object[] args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
