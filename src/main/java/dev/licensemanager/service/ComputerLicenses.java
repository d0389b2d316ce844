package dev.licensemanager.service;

import dev.licensemanager.common.Cancellation;
import java.util.List;

/**
 * "Licenses on this computer" as the window and the CLI use it: list the seats a computer holds, free one,
 * free all. Every method blocks and must run off the FX thread; none throws for server answers: failures are
 * values ({@link DeviceListing#failure()}, {@link Outcome}). Implemented by {@link DeviceLicensesService}.
 */
public interface ComputerLicenses {

    /** False when the vendor configuration turns discovery off: go straight to manual entry. Cheap, any thread. */
    boolean discoveryEnabled();

    /** The licenses this computer holds (filtered by the vendor's product list). */
    DeviceListing list(Cancellation cancel);

    /** The licenses of the computer with {@code hardwareId} (support freeing a dead computer's seats). */
    DeviceListing list(String hardwareId, Cancellation cancel);

    /** Frees one seat (deactivate, deactivate_bundle or release); "freed" only when the server said so. */
    Outcome free(DeviceLicense license, Cancellation cancel);

    /** Frees each seat in order; {@code progress} hears about each (on the calling thread). */
    FreeAllResult freeAll(List<DeviceLicense> licenses, Cancellation cancel, FreeProgress progress);
}
