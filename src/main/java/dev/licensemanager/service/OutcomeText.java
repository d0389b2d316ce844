package dev.licensemanager.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The plain words for an outcome, from the shared bundle; the window and the CLI use the same words. */
public final class OutcomeText {
    public static final String BUNDLE = "dev.licensemanager.i18n.messages";

    /** Title, one or two sentences, and the next step. */
    public record Words(String title, String text, String next) {
    }

    private final ResourceBundle bundle;

    public OutcomeText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, OutcomeText.class.getModule());
    }

    public Words words(Outcome o, String product, String hardwareId) {
        String base = "outcome." + o.kind().name();
        String reason = reason(o);
        Object[] args = {product == null ? "the product" : product, shortId(hardwareId), o.code(), reason,
            o.clockOffsetSeconds() == null ? "?" : String.valueOf(o.clockOffsetSeconds())};
        String text = format(get(base + ".text"), args);
        if (o.confirmedOnRetry()) {
            text = text + " " + get(base + ".retry");
        } else if (o.kind() == OutcomeKind.ALREADY_INACTIVE && o.detail().contains(OutcomeMapper.MAY_HAVE_ACTED)) {
            // Running again cannot tell more here: the server already says the device is inactive.
            text = text + " " + get("outcome.ALREADY_INACTIVE.mayHaveActed");
        } else if (!o.success() && o.detail().contains(OutcomeMapper.MAY_HAVE_ACTED)) {
            text = text + " " + get("outcome.mayHaveActed");
        }
        if (!o.success() && o.retryAfterSeconds() != null && o.retryAfterSeconds() > 0) {
            text = text + " " + format(get("outcome.retryAfter"), new Object[] {waitWords(o.retryAfterSeconds())});
        }
        return new Words(get(base + ".title"), text, format(get(base + ".next"), args));
    }

    private String reason(Outcome o) {
        if (!o.problems().isEmpty()) {
            return String.join("; ", o.problems());
        }
        String network = bundle.containsKey("network." + o.code()) ? get("network." + o.code()) : null;
        if (network != null) {
            return network;
        }
        if (!o.serverMessage().isBlank()) {
            return o.serverMessage();
        }
        return o.detail().isBlank() ? o.code() : o.detail();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String format(String pattern, Object[] args) {
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A wait in the largest whole unit that fits: "45 s", "10 min", "2 h". */
    public String waitWords(long seconds) {
        if (seconds < 120) {
            return format(get("duration.seconds"), new Object[] {seconds});
        }
        if (seconds < 7200) {
            return format(get("duration.minutes"), new Object[] {(seconds + 59) / 60});
        }
        return format(get("duration.hours"), new Object[] {(seconds + 3599) / 3600});
    }

    /** The first and last 6 characters of a long ID, as shown in dialogs. */
    public static String shortId(String id) {
        if (id == null) {
            return "?";
        }
        return id.length() <= 16 ? id : id.substring(0, 6) + "…" + id.substring(id.length() - 6);
    }
}
