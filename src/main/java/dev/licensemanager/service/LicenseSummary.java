package dev.licensemanager.service;

/** License facts for the confirm dialog and the license picker (a service-level view of the API's answers). */
public record LicenseSummary(Long licenseId, String licenseType, boolean active, boolean enabled, boolean expired,
                             Integer timesActivated, Integer maxActivations, boolean unlimitedActivations,
                             Integer transfersLeft, String validUntil, String userEmail) {
}
