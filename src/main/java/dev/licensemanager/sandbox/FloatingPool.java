package dev.licensemanager.sandbox;

import dev.licensemanager.sandbox.SandboxState.DeviceRec;
import dev.licensemanager.sandbox.SandboxState.LicenseRec;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The seats of floating cloud licenses, as LicenseSpring runs them: activating or checking takes a seat from the
 * pool of {@code floating_users}; a seat lapses {@code floating_timeout} minutes after the last check unless it is
 * borrowed ({@code borrowed_until}); {@code floating/release} gives it back at once. Call with the state's monitor
 * held.
 */
final class FloatingPool {
    private final SandboxState state;

    FloatingPool(SandboxState state) {
        this.state = state;
    }

    /** Whether {@code d} holds a seat of the floating cloud license {@code lic} at {@code now}. */
    static boolean holds(LicenseRec lic, DeviceRec d, Instant now) {
        if (!d.active) {
            return false;
        }
        if (d.borrowedUntil != null && now.isBefore(d.borrowedUntil)) {
            return true;
        }
        return d.lastCheck != null && now.isBefore(d.lastCheck.plus(Duration.ofMinutes(lic.floatingTimeout())));
    }

    static int seatsInUse(LicenseRec lic, Instant now) {
        return (int) lic.devices.stream().filter(d -> holds(lic, d, now)).count();
    }

    /** Frees the seats whose timeout or borrow ran out (what LicenseSpring does on its own). */
    void expire(LicenseRec lic, Instant now) {
        for (DeviceRec d : lic.devices) {
            if (d.active && !holds(lic, d, now)) {
                d.active = false;
                d.borrowedUntil = null;
                state.touch();
            }
        }
    }

    /** Takes a seat for {@code hardwareId}, or refreshes the one it holds; fails when the pool is full. */
    DeviceRec take(LicenseRec lic, String hardwareId, Instant now) {
        expire(lic, now);
        Optional<DeviceRec> existing = lic.device(hardwareId);
        if (existing.isPresent() && existing.get().blacklisted) {
            throw ApiException.bad("blacklisted", "This device is blacklisted.");
        }
        if (existing.isPresent() && existing.get().active) {
            existing.get().lastCheck = now;
            state.touch();
            return existing.get();
        }
        if (seatsInUse(lic, now) >= lic.floatingUsers()) {
            throw ApiException.bad(SandboxBehaviour.FLOATING_FULL_CODE,
                    "All " + lic.floatingUsers() + " floating seats of this license are in use.");
        }
        DeviceRec dev = existing.orElseGet(() -> state.newDevice(lic, hardwareId));
        dev.active = true;
        dev.lastCheck = now;
        dev.borrowedUntil = null;
        lic.active = true;
        state.touch();
        return dev;
    }

    /** {@code floating/release}: gives the seat back; {@code device_not_found} when this device holds none. */
    void release(LicenseRec lic, String hardwareId, Instant now) {
        expire(lic, now);
        DeviceRec dev = lic.device(hardwareId).filter(d -> d.active).orElseThrow(() -> ApiException.bad(
                SandboxBehaviour.RELEASE_NOT_HELD_CODE, "This device holds no floating seat of this license."));
        dev.active = false;
        dev.borrowedUntil = null;
        state.touch();
    }

    /** {@code floating/borrow}: takes (or keeps) the seat and holds it until {@code until}. */
    DeviceRec borrow(LicenseRec lic, String hardwareId, String until, Instant now) {
        if (!Boolean.TRUE.equals(lic.base.canBorrow())) {
            throw ApiException.bad(SandboxBehaviour.BORROW_NOT_ALLOWED_CODE, "This license cannot be borrowed.");
        }
        Instant end;
        try {
            end = until == null ? null : java.time.OffsetDateTime.parse(until).toInstant();
        } catch (DateTimeParseException e) {
            end = null;
        }
        int maxHours = lic.base.maxBorrowTime() == null ? 0 : lic.base.maxBorrowTime();
        if (end == null || !end.isAfter(now) || end.isAfter(now.plus(Duration.ofHours(maxHours)))) {
            throw ApiException.bad("borrow_until_not_valid", "borrowed_until must be an ISO-8601 time in the future, "
                    + "at most " + maxHours + " hours ahead.");
        }
        DeviceRec dev = take(lic, hardwareId, now);
        dev.borrowedUntil = end;
        state.touch();
        return dev;
    }
}
