package dev.licensemanager.service;

import java.util.List;

/** "Free all": one outcome per license, in order, and the summary exit code. */
public record FreeAllResult(List<Item> results) {

    /** One license and what happened to it. */
    public record Item(DeviceLicense license, Outcome outcome) {
    }

    public FreeAllResult {
        results = List.copyOf(results);
    }

    /** True when every listed seat is free now (freed, or already free). */
    public boolean allFree() {
        return results.stream().allMatch(i -> isFree(i.outcome()));
    }

    /**
     * 0 only if every seat is free and at least one was freed; 3 if there was nothing to free (no licenses, or
     * all already free); otherwise the highest exit code among the failures.
     */
    public int exitCode() {
        int worst = results.stream().filter(i -> !isFree(i.outcome())).mapToInt(i -> i.outcome().exitCode())
                .max().orElse(-1);
        if (worst >= 0) {
            return worst;
        }
        return results.stream().anyMatch(i -> i.outcome().success()) ? 0 : OutcomeKind.ALREADY_INACTIVE.exitCode();
    }

    /** The outcome kind that sums the run up: DEACTIVATED, ALREADY_INACTIVE, or the worst failure's kind. */
    public OutcomeKind summaryKind() {
        int code = exitCode();
        if (code == 0) {
            return OutcomeKind.DEACTIVATED;
        }
        return results.stream().map(Item::outcome).filter(o -> !isFree(o) && o.exitCode() == code)
                .map(Outcome::kind).findFirst().orElse(OutcomeKind.ALREADY_INACTIVE);
    }

    private static boolean isFree(Outcome o) {
        return o.success() || o.kind() == OutcomeKind.ALREADY_INACTIVE;
    }
}
