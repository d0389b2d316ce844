package dev.licensemanager.ui.computer;

import dev.licensemanager.service.DeviceLicense;
import dev.licensemanager.service.DeviceLicenseState;
import dev.licensemanager.service.FreeMethod;
import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.ListingFailure;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.ui.common.StatusPresenter.ConfirmFacts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of a license row, its confirm dialog and its summary line, in the window's language. */
final class RowTexts {
    private final ResourceBundle b;
    private final Locale locale;
    private final OutcomeText words;

    RowTexts(ResourceBundle b) {
        this.b = b;
        this.locale = b.getLocale() == null || b.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : b.getLocale();
        this.words = new OutcomeText(locale);
    }

    LicenseRow row(DeviceLicense l) {
        String type = dev.licensemanager.ui.common.LicenseWords.type(b, l.licenseType());
        String kind = b.getString(l.freeMethod() == FreeMethod.DEACTIVATE_BUNDLE ? "licenses.kind.bundle"
                : l.floatingCloud() ? "licenses.kind.floating" : "licenses.kind.nodeLocked");
        String details = MessageFormat.format(b.getString("licenses.row.details"), shown(l), kind, type);
        boolean release = l.freeMethod() == FreeMethod.RELEASE;
        String action = b.getString(release ? "licenses.release" : "licenses.deactivate");
        String a11y = MessageFormat.format(b.getString(release ? "licenses.release.a11y" : "licenses.deactivate.a11y"),
                l.productName(), shown(l));
        return new LicenseRow(l, l.productName(), details, state(l), action, a11y);
    }

    /** The state line as listed: active, floating in use, borrowed until …, inactive, expired, disabled. */
    String state(DeviceLicense l) {
        if (l.state() == DeviceLicenseState.BORROWED) {
            return MessageFormat.format(b.getString("licenses.state.borrowed"), when(l.borrowedUntil()));
        }
        return b.getString(switch (l.state()) {
            case ACTIVE -> "licenses.state.active";
            case FLOATING_IN_USE -> "licenses.state.floating";
            case INACTIVE -> "licenses.state.inactive";
            case EXPIRED -> "licenses.state.expired";
            case DISABLED -> "licenses.state.disabled";
            case BORROWED -> throw new IllegalStateException("handled above");
        });
    }

    /** The manual screen's one line saying why there is no list. */
    String reason(ListingFailure why) {
        return b.getString(switch (why) {
            case DISCOVERY_OFF -> "licenses.reason.off";
            case OFFLINE -> "licenses.reason.offline";
            case NOT_ALLOWED -> "licenses.reason.notAllowed";
            case UNSUPPORTED -> "licenses.reason.unsupported";
            case MALFORMED -> "licenses.reason.unreadable";
            case NO_HARDWARE_ID -> "licenses.reason.noHardwareId";
            case CANCELLED -> "licenses.reason.cancelled";
            case OTHER -> "licenses.reason.failed";
        });
    }

    /** An ISO-8601 time as the server sent it, in this computer's time zone and the window's language. */
    String when(String iso) {
        if (iso == null || iso.isBlank()) {
            return "?";
        }
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT).withLocale(locale);
        try {
            return java.time.OffsetDateTime.parse(iso).atZoneSameInstant(java.time.ZoneId.systemDefault()).format(f);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(iso).format(f); // no zone given: shown as sent
            } catch (java.time.format.DateTimeParseException e2) {
                return iso;
            }
        }
    }

    static String shown(DeviceLicense l) {
        String s = l.shownIdentity();
        return s == null || s.isBlank() ? "#" + l.licenseId() : s;
    }

    /** "Product · …2222" for the Free-all confirm and the summary. */
    String line(LicenseRow r) {
        return r.title() + " · " + shown(r.license());
    }

    String working(LicenseRow r) {
        return MessageFormat.format(b.getString(r.release() ? "licenses.releasing" : "licenses.deactivating"),
                r.title());
    }

    /**
     * After the server answered: "freed" only on its success; a seat it does not know here counts as done (nothing
     * held any more) but says so; anything else keeps the button and says what went wrong.
     */
    void apply(LicenseRow r, Outcome o) {
        r.outcomeProperty().set(o);
        if (o.success()) {
            r.doneProperty().set(true);
            r.stateProperty().set(b.getString(r.release() ? "licenses.state.released" : "licenses.state.freed"));
        } else if (o.kind() == OutcomeKind.ALREADY_INACTIVE) {
            r.doneProperty().set(true);
            r.stateProperty().set(MessageFormat.format(b.getString("licenses.state.notHeld"), o.code()));
        } else {
            String title = words.words(o, r.title(), null).title();
            r.stateProperty().set(MessageFormat.format(b.getString("licenses.state.failed"), title, o.code()));
        }
    }

    /** The confirm dialog's facts, from the listing (no extra check_license round trip). */
    ConfirmFacts confirmFacts(LicenseRow r, String hardwareId) {
        DeviceLicense l = r.license();
        LicenseSummary facts = new LicenseSummary(l.licenseId(), l.licenseType(), l.state() != DeviceLicenseState.INACTIVE,
                l.state() != DeviceLicenseState.DISABLED, l.state() == DeviceLicenseState.EXPIRED, null, null, false,
                null, null, l.user());
        return new ConfirmFacts(l.productName(), hardwareId, shown(l), facts, null, r.release(), state(l));
    }
}
