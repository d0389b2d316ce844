package dev.licensemanager.api;

/** One entry of {@code user_licenses}: enough to let a user pick which license to free. */
public record UserLicense(long licenseId, String licenseType, boolean active, boolean enabled,
                          Integer timesActivated, Integer maxActivations, String validityPeriod,
                          String userEmail) {
}
