package dev.licensemanager.ui.computer;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.Outcome;
import java.util.List;

/**
 * What the "Licenses on this computer" screen asks of the service layer, in app types only; the composition
 * root adapts the service that lists and frees to it. Both calls block and run through the window's TaskRunner.
 */
public interface ComputerLicenses {

    /** The licenses the server says the computer with {@code hardwareId} holds, for the vendor's products. */
    Listing list(String hardwareId, Cancellation cancel);

    /** Frees one listed seat the way it must be freed (deactivate, deactivate_bundle or floating release). */
    Outcome free(ComputerLicense license, Cancellation cancel);

    /** Why there is no list: each reason has its one line on the manual screen. */
    enum Reason { DISCOVERY_OFF, OFFLINE, NOT_ALLOWED, UNSUPPORTED, UNREADABLE, NO_HARDWARE_ID, CANCELLED, FAILED }

    /** Either licenses (possibly none) or a reason with the outcome behind it (code for support). */
    record Listing(List<ComputerLicense> licenses, Reason reason, Outcome outcome) {
        public Listing {
            licenses = licenses == null ? List.of() : List.copyOf(licenses);
        }

        public static Listing of(List<ComputerLicense> licenses) {
            return new Listing(licenses, null, null);
        }

        public static Listing failed(Reason reason, Outcome outcome) {
            return new Listing(List.of(), reason, outcome);
        }

        public boolean ok() {
            return reason == null;
        }
    }
}
