package dev.licensemanager.hardware;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** macOS, every generator algorithm but 5: SHA-256 of the platform UUID in upper case [BIN]. Not cached. */
final class MacHardwareId implements HardwareIdService {
    private final HardwareIdAlgorithm algorithm;
    private final MacFacts facts;

    MacHardwareId(HardwareIdAlgorithm algorithm, MacFacts facts) {
        this.algorithm = algorithm;
        this.facts = facts;
    }

    @Override
    public HardwareIdResult compute() {
        try {
            Optional<String> uuid = facts.platformUuid().map(Normalisation::macPlatformUuid).filter(s -> !s.isEmpty());
            if (uuid.isEmpty()) {
                return new HardwareIdResult.Failed(HardwareIdFailures.PLATFORM_UUID_MISSING,
                        "No platform UUID on this Mac.", algorithm, List.of(SourceRead.missing(MacFacts.PLATFORM_UUID)));
            }
            List<String> warnings = new ArrayList<>(1);
            Placeholders.check(MacFacts.PLATFORM_UUID, uuid.get()).ifPresent(warnings::add);
            return new HardwareIdResult.Computed(Normalisation.sha256Hex(uuid.get()), algorithm,
                    List.of(SourceRead.found(MacFacts.PLATFORM_UUID)), warnings, false);
        } catch (FactUnavailableException e) {
            return new HardwareIdResult.Failed(e.reasonCode(), e.getMessage(), algorithm,
                    List.of(SourceRead.missing(MacFacts.PLATFORM_UUID)));
        }
    }
}
