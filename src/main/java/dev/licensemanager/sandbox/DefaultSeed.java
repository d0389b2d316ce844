package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in demo data ({@code default-seed.json}), with this machine pre-activated when its hardware ID is known. */
final class DefaultSeed {
    /**
     * Licenses this machine is pre-activated on: the demo key, Alice's first user license, the bundle's licenses and
     * a floating cloud seat (its last check is the sandbox's start), so "Licenses on this computer" lists four.
     */
    static final long[] PRE_ACTIVATED = {1001, 2001, 3002, 3003, 4001};

    private DefaultSeed() {
    }

    static Seed load(ObjectMapper mapper, Optional<String> thisMachineHardwareId) {
        Seed seed;
        try (InputStream in = DefaultSeed.class.getResourceAsStream("default-seed.json")) {
            if (in == null) {
                throw new IllegalStateException("default-seed.json missing from the build");
            }
            seed = mapper.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (thisMachineHardwareId.isEmpty() || thisMachineHardwareId.get().isBlank()) {
            return seed;
        }
        List<Seed.Device> devices = new ArrayList<>(seed.devices());
        for (long licenseId : PRE_ACTIVATED) {
            devices.add(new Seed.Device(null, licenseId, thisMachineHardwareId.get(), true, null));
        }
        return new Seed(seed.products(), seed.licenses(), seed.users(), seed.customerAccounts(), devices,
                seed.faults(), seed.demo(), seed.signingKey());
    }
}
