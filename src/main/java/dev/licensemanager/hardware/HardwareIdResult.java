package dev.licensemanager.hardware;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of computing the hardware ID: a value, or a named failure. Never a silent random or empty ID. */
public sealed interface HardwareIdResult permits HardwareIdResult.Computed, HardwareIdResult.Failed {

    HardwareIdAlgorithm algorithm();

    List<SourceRead> sources();

    /** The ID when computed. */
    default Optional<String> hardwareId() {
        return this instanceof Computed c ? Optional.of(c.id()) : Optional.empty();
    }

    /**
     * @param id              the value sent as {@code hardware_id} (64 lowercase hex chars for generator algorithms)
     * @param warnings        plain-language doubts about the value (placeholders, containers, unverified layout)
     * @param createdFallback true when no machine-id existed and we had to create the persisted fallback UUID
     */
    record Computed(String id, HardwareIdAlgorithm algorithm, List<SourceRead> sources, List<String> warnings,
                    boolean createdFallback) implements HardwareIdResult {
        public Computed {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("a computed hardware ID cannot be blank");
            }
            Objects.requireNonNull(algorithm, "algorithm");
            sources = List.copyOf(sources);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param reasonCode stable code from {@link HardwareIdFailures}, e.g. {@code no_machine_id}
     * @param message    plain-language explanation, e.g. "no machine-id on this system"
     */
    record Failed(String reasonCode, String message, HardwareIdAlgorithm algorithm, List<SourceRead> sources)
            implements HardwareIdResult {
        public Failed {
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(algorithm, "algorithm");
            sources = List.copyOf(sources);
        }
    }
}
