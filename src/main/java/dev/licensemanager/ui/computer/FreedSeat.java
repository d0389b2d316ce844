package dev.licensemanager.ui.computer;

import dev.licensemanager.service.DeviceLicense;
import dev.licensemanager.service.Outcome;

/** A seat the server said is free, freed by its own button on the list (the window writes its receipt). */
public record FreedSeat(DeviceLicense license, Outcome outcome) {
}
