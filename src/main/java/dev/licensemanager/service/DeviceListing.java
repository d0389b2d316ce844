package dev.licensemanager.service;

import java.util.List;

/**
 * The result of listing: the licenses (possibly none), or a failure with its reason kind and outcome.
 * {@code hiddenByFilter} counts licenses of products the vendor configuration does not name.
 * An empty list with {@code ok()} is a real "nothing here" answer from the server, never a failure in disguise.
 */
public record DeviceListing(String hardwareId, List<DeviceLicense> licenses, int hiddenByFilter,
                            ListingFailure failure, Outcome outcome) {

    public DeviceListing {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    static DeviceListing failed(String hardwareId, ListingFailure why, Outcome outcome) {
        return new DeviceListing(hardwareId, List.of(), 0, why, outcome);
    }

    public boolean ok() {
        return failure == null;
    }
}
