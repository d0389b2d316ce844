package dev.licensemanager.hardware;

import java.util.ArrayList;
import java.util.List;

/**
 * The result in plain words, for {@code --explain}, the window's "explain" popover and the support bundle: the
 * algorithm, each source read (name and found / not found, never its value), the warnings, and the failure.
 */
public final class HardwareIdExplanation {
    private HardwareIdExplanation() {
    }

    public static String render(HardwareIdResult result) {
        return String.join(System.lineSeparator(), lines(result));
    }

    public static List<String> lines(HardwareIdResult result) {
        List<String> out = new ArrayList<>();
        out.add("Algorithm: " + describe(result.algorithm()));
        if (result instanceof HardwareIdResult.Computed c) {
            out.add("Hardware ID: " + c.id());
            if (c.createdFallback()) {
                out.add("Note: a new fallback ID was created on this run.");
            }
        } else if (result instanceof HardwareIdResult.Failed f) {
            out.add("Result: could not compute the hardware ID: " + f.message() + " [" + f.reasonCode() + "]");
        }
        if (result.sources().isEmpty()) {
            out.add("Sources read: none");
        } else {
            out.add("Sources read:");
            result.sources().forEach(s -> out.add("  " + s.name() + ": " + (s.found() ? "found" : "not found")));
        }
        List<String> warnings = result instanceof HardwareIdResult.Computed c ? c.warnings() : List.of();
        if (warnings.isEmpty()) {
            out.add("Warnings: none");
        } else {
            out.add("Warnings:");
            warnings.forEach(w -> out.add("  - " + w));
        }
        return out;
    }

    /** e.g. "4 LinuxMachineId (linux-machine-id)" or "manual (custom ID route)". */
    public static String describe(HardwareIdAlgorithm a) {
        return a.isGeneratorAlgorithm()
                ? a.code() + " " + a.libraryName() + " (" + a.cliName() + ")"
                : "manual (custom ID route: typed, file or command)";
    }
}
