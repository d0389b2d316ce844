package dev.licensemanager.service;

import java.util.List;

/** A user's licenses for the product, or the outcome that prevented listing them. */
public record LicensesResult(List<LicenseSummary> licenses, Outcome failure) {
    public boolean ok() {
        return failure == null;
    }
}
