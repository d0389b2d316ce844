package dev.licensemanager.ui.computer;

/**
 * One row of "Licenses on this computer". {@code shown} is what identifies it to the user: the masked key
 * ({@code …2222}, never the full key) or the user's e-mail. {@code validUntil} and the activation counts may be
 * null when the server did not say. {@code ref} is the service's own record of the license, handed back to
 * {@link ComputerLicenses#free} untouched (the window never looks inside it).
 */
public record ComputerLicense(String productCode, String productName, Long licenseId, String licenseType,
                              String shown, boolean userBased, boolean bundle, boolean floatingCloud, State state,
                              String borrowedUntil, String validUntil, Integer timesActivated,
                              Integer maxActivations, Object ref) {

    /** The state a row shows, as the server reported it. */
    public enum State { ACTIVE, FLOATING_IN_USE, BORROWED, INACTIVE, EXPIRED, DISABLED }

    /** Floating cloud seats are released; everything else is deactivated. */
    public boolean release() {
        return floatingCloud;
    }

    /** Something to free: an inactive license is listed, but its button is off and "Free all" skips it. */
    public boolean freeable() {
        return state != State.INACTIVE;
    }

    public String displayName() {
        return productName == null || productName.isBlank() ? productCode : productName;
    }
}
