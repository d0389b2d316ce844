package dev.licensemanager.ui.main;

import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.offline.OfflineDeactivation;
import dev.licensemanager.service.support.SupportBundle;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The support services the window uses: offline request file, support bundle, summary. Blocking; the
 * window runs them through the TaskRunner. Tests may pass their own implementation.
 */
public interface SupportTools {

    /** Writes the v2 offline request (the input is wiped) and returns the words saying where it went and what next. */
    String writeOfflineRequest(DeactivationInput in, Path target) throws IOException;

    /** Writes the support bundle zip (runs the doctor, ≤ 15 s); a cancel stops it and writes nothing. */
    Path writeBundle(Path zip, dev.licensemanager.common.Cancellation cancel) throws IOException;

    /** The short "Copy summary" text. */
    String summary();

    static SupportTools of(OfflineDeactivation offline, SupportBundle bundle, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(dev.licensemanager.service.doctor.DoctorText.BUNDLE, locale,
                SupportTools.class.getModule());
        return new SupportTools() {
            @Override
            public String writeOfflineRequest(DeactivationInput in, Path target) throws IOException {
                Path written = offline.write(offline.create(in), target);
                return MessageFormat.format(words.getString("offline.written"), written) + "\n\n"
                        + MessageFormat.format(words.getString(offline.whereKey()), offline.portalUrl());
            }

            @Override
            public Path writeBundle(Path zip, dev.licensemanager.common.Cancellation cancel) throws IOException {
                return bundle.write(zip, null, cancel);
            }

            @Override
            public String summary() {
                return bundle.summary(null);
            }
        };
    }
}
