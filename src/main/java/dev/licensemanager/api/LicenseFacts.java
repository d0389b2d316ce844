package dev.licensemanager.api;

/**
 * What {@code check_license} says about the license on this device; the confirm dialog shows it.
 * Numbers are null when the server did not send them.
 */
public record LicenseFacts(Long licenseId, String licenseType, boolean licenseActive, boolean licenseEnabled,
                           boolean expired, Integer timesActivated, Integer maxActivations,
                           boolean unlimitedActivations, Integer transferCount, Integer maxTransfers,
                           String validityPeriod, String licenseSignature) {

    /** Transfers still allowed, or null when unlimited/unknown. */
    public Integer transfersLeft() {
        if (maxTransfers == null || transferCount == null || maxTransfers <= 0) {
            return null;
        }
        return Math.max(0, maxTransfers - transferCount);
    }
}
