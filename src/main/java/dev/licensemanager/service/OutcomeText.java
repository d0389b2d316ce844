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
    private final SupportContact support;

    public OutcomeText(Locale locale) {
        this(locale, SupportContact.NONE);
    }

    /** With the vendor's support contact, shown in every step that says to contact support. */
    public OutcomeText(Locale locale, SupportContact support) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, OutcomeText.class.getModule());
        this.support = support == null ? SupportContact.NONE : support;
    }

    /**
     * Plain words only: the server's own text, bodies and exception messages never reach them (they are in the
     * details). "Reached the server" is said only when an answer proves it; "may have reached" when unknown.
     */
    public Words words(Outcome o, String product, String hardwareId) {
        String base = "outcome." + o.kind().name();
        String contact = support.isEmpty() ? "" : " (" + support.inline() + ")";
        Object[] args = {product == null ? get("outcome.theProduct") : product, shortId(hardwareId), o.code(),
            reason(o), o.clockOffsetSeconds() == null ? "?" : String.valueOf(o.clockOffsetSeconds()), contact};
        String title = get(base + ".title");
        String text = format(get(has("code." + o.code() + ".text") ? "code." + o.code() + ".text" : base + ".text"),
                args);
        if (o.confirmedOnRetry()) {
            text = text + " " + get(base + ".retry");
        } else if (o.kind() == OutcomeKind.ALREADY_INACTIVE && o.detail().contains(OutcomeMapper.MAY_HAVE_ACTED)) {
            // Running again cannot tell more here: the server already says the device is inactive.
            text = text + " " + get("outcome.ALREADY_INACTIVE.mayHaveActed");
        } else if (o.kind() == OutcomeKind.CANCELLED) {
            text = text + " " + get(o.attempts() > 0 ? "outcome.cancelledAfterSending" : "outcome.cancelledBeforeSending");
        } else if (!o.success() && o.detail().contains(OutcomeMapper.SERVER_RECEIVED)) {
            text = text + " " + get("outcome.serverReceived");
        } else if (!o.success() && o.detail().contains(OutcomeMapper.MAY_HAVE_ACTED)) {
            title = get("outcome.mayHaveActed.title");
            text = text + " " + get("outcome.mayHaveActed");
        }
        if (!o.success() && o.retryAfterSeconds() != null && o.retryAfterSeconds() > 0) {
            text = text + " " + format(get("outcome.retryAfter"), new Object[] {waitWords(o.retryAfterSeconds())});
        }
        String next = has("code." + o.code() + ".next") ? "code." + o.code() + ".next" : base + ".next";
        return new Words(title, text, format(get(next), args));
    }

    /** The reason in plain words: our own (input problems, network faults, known codes), never the server's text. */
    private String reason(Outcome o) {
        if (!o.problems().isEmpty()) {
            return String.join("; ", o.problems());
        }
        for (String key : new String[] {"network." + o.code(), "reason." + o.code()}) {
            if (has(key)) {
                return get(key);
            }
        }
        if (o.code().startsWith("http_")) {
            return format(get("reason.http_status"), new Object[] {o.code().substring(5)});
        }
        return get("reason.other");
    }

    private boolean has(String key) {
        return bundle.containsKey(key);
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
