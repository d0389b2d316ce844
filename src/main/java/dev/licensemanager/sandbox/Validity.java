package dev.licensemanager.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads seed {@code validity_period} values and writes them the way the v1 signature wants them. */
final class Validity {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Validity() {
    }

    /** Accepts {@code 2030-12-31}, {@code 2030-12-31T00:00:00Z} or an offset date-time; null/blank = no end. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("validity_period '" + value + "' is not an ISO date", e);
        }
    }

    /** ISO-8601 UTC with milliseconds ({@code 2019-06-15T00:00:00.000Z}), or null. */
    static String format(Instant end) {
        return end == null ? null : ISO_MILLIS.format(end);
    }

    static boolean expired(String value, Instant now) {
        Instant end = parse(value);
        return end != null && now.isAfter(end);
    }
}
