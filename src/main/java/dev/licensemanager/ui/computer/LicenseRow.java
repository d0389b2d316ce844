package dev.licensemanager.ui.computer;

import dev.licensemanager.service.DeviceLicense;
import dev.licensemanager.service.FreeMethod;
import dev.licensemanager.service.Outcome;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One license as the screen shows it: fixed texts from the listing, plus what happens to it now (its state
 * line, "freeing…", then the outcome). {@code done} is true once the server said the seat is free.
 */
public final class LicenseRow {
    private final DeviceLicense license;
    private final String title;
    private final String details;
    private final String action;
    private final String actionA11y;
    private final StringProperty state = new SimpleStringProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();

    LicenseRow(DeviceLicense license, String title, String details, String state, String action,
               String actionA11y) {
        this.license = license;
        this.title = title;
        this.details = details;
        this.action = action;
        this.actionA11y = actionA11y;
        this.state.set(state);
    }

    public DeviceLicense license() {
        return license;
    }

    /** Floating cloud seats are released; everything else is deactivated (a bundle with deactivate_bundle). */
    public boolean release() {
        return license.freeMethod() == FreeMethod.RELEASE;
    }


    /** Product name. */
    public String title() {
        return title;
    }

    /** Masked key or user, and the type. */
    public String details() {
        return details;
    }

    /** "Deactivate" or "Release". */
    public String action() {
        return action;
    }

    public String actionA11y() {
        return actionA11y;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }
}
