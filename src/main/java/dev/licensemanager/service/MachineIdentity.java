package dev.licensemanager.service;

import java.util.List;

/**
 * This computer's hardware ID as the window and CLI show it: the ID (null when it could not be
 * computed, with {@code problem} saying why), the algorithm, warnings and a plain explanation.
 */
public record MachineIdentity(String id, String algorithm, String problem, List<String> warnings,
                              String explanation) {
    public MachineIdentity {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static MachineIdentity failed(String algorithm, String problem) {
        return new MachineIdentity(null, algorithm, problem, List.of(), problem);
    }

    public boolean ok() {
        return id != null;
    }
}
