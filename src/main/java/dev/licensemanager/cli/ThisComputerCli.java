package dev.licensemanager.cli;

import dev.licensemanager.service.DeviceLicense;
import dev.licensemanager.service.DeviceListing;
import dev.licensemanager.service.FreeAllResult;
import dev.licensemanager.service.FreeProgress;
import dev.licensemanager.service.ListingFailure;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CLI's "licenses on this computer": {@code licenses --this-computer} and {@code deactivate --all}. Output is
 * human text or one JSON object on stdout; progress of {@code --all} goes to stderr. The full key is never printed.
 */
final class ThisComputerCli {
    private final CliContext ctx;
    private final OutcomePrinter printer;
    private final boolean json;

    ThisComputerCli(CliContext ctx, OutcomePrinter printer, boolean json) {
        this.ctx = ctx;
        this.printer = printer;
        this.json = json;
    }

    /** Prints the listing; exit 0 when listed (even if empty), the failure's exit code otherwise. */
    int printListing(DeviceListing l) {
        if (!l.ok()) {
            return listingFailed(l, false);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hardware_id", l.hardwareId());
            List<Map<String, Object>> list = new ArrayList<>();
            l.licenses().forEach(d -> list.add(licenseJson(d)));
            m.put("licenses", list);
            JsonOut.print(ctx.out(), m);
            return ExitCodes.OK;
        }
        ctx.out().println("Hardware ID: " + l.hardwareId());
        if (l.licenses().isEmpty()) {
            ctx.out().println("The server lists no licenses on this computer"
                    + (l.hiddenByFilter() > 0 ? " for this vendor's configured products (" + l.hiddenByFilter()
                    + " of other products not shown)." : "."));
            return ExitCodes.OK;
        }
        ctx.out().printf("%-16s %-10s %-26s %-14s %-20s %s%n", "product", "license id", "key or user", "type", "state",
                "freed with");
        for (DeviceLicense d : l.licenses()) {
            ctx.out().printf("%-16s %-10d %-26s %-14s %-20s %s%n", d.product(), d.licenseId(), d.shownIdentity(),
                    d.licenseType() == null ? "-" : d.licenseType(), state(d), d.freeMethod().action());
        }
        if (l.hiddenByFilter() > 0) {
            ctx.out().println(l.hiddenByFilter() + " license(s) of other products not shown (vendor configuration).");
        }
        ctx.out().println("Free them all: license-manager deactivate --all");
        return ExitCodes.OK;
    }

    /** Frees everything listed; exit 0 only if every seat is free, 3 if there was nothing to free, else the worst. */
    int freeAll(DeviceListing l, dev.licensemanager.service.ComputerLicenses service,
                dev.licensemanager.common.Cancellation cancel) {
        if (!l.ok()) {
            return listingFailed(l, true);
        }
        FreeAllResult r = service.freeAll(l.licenses(), cancel, new FreeProgress() {
            @Override
            public void started(int index, int total, DeviceLicense d) {
                // Progress on stderr, so stdout keeps the one JSON object (or the summary lines).
                ctx.err().println("[" + (index + 1) + "/" + total + "] " + d.freeMethod().action() + " " + d.product()
                        + " " + d.shownIdentity() + " ...");
            }
        });
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", r.summaryKind().name().toLowerCase(Locale.ROOT));
            m.put("exit_code", r.exitCode());
            m.put("hardware_id", l.hardwareId());
            List<Map<String, Object>> results = new ArrayList<>();
            for (FreeAllResult.Item i : r.results()) {
                Map<String, Object> one = printer.json(i.outcome(), i.license().product(), l.hardwareId());
                one.put("action", i.license().freeMethod().action());
                one.putAll(licenseJson(i.license()));
                results.add(one);
            }
            m.put("results", results);
            JsonOut.print(ctx.out(), m);
            return r.exitCode();
        }
        if (r.results().isEmpty()) {
            ctx.out().println("Nothing to free: the server lists no licenses on this computer (" + l.hardwareId() + ").");
        }
        for (FreeAllResult.Item i : r.results()) {
            Outcome o = i.outcome();
            OutcomeText.Words w = printer.words(o, i.license().productName(), l.hardwareId());
            ctx.out().printf("%-14s %s (%s) %s [%s] - %s%n", w.title(), i.license().productName(), i.license().product(),
                    i.license().shownIdentity(), o.code(), w.next());
        }
        ctx.out().println(r.allFree() ? "Every seat on this computer is free." : "Not every seat could be freed.");
        return r.exitCode();
    }

    private int listingFailed(DeviceListing l, boolean freeing) {
        if (!json) {
            ctx.err().println("Could not list the licenses on this computer (" + reason(l.failure()) + ").");
            return printer.outcome(l.outcome(), null, l.hardwareId());
        }
        Map<String, Object> m = printer.json(l.outcome(), null, l.hardwareId());
        m.put("listing_failed", l.failure().name().toLowerCase(Locale.ROOT));
        if (freeing) {
            m.put("results", List.of());
        }
        JsonOut.print(ctx.out(), m);
        return l.outcome().exitCode();
    }

    private static String reason(ListingFailure f) {
        return switch (f) {
            case OFFLINE -> "the license server could not be reached";
            case NOT_ALLOWED -> "the license server refused the request";
            case UNSUPPORTED -> "the license server does not offer this listing";
            case MALFORMED -> "the license server's answer could not be read";
            case DISCOVERY_OFF -> "the vendor configuration turns this off; use 'deactivate' with a key or user";
            case CANCELLED -> "cancelled";
            case NO_HARDWARE_ID -> "no valid hardware ID";
            case OTHER -> "the license server did not answer usefully";
        };
    }

    private static String state(DeviceLicense d) {
        String s = d.state().jsonName();
        return d.borrowedUntil() != null ? s + " until " + d.borrowedUntil() : s;
    }

    static Map<String, Object> licenseJson(DeviceLicense d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product", d.product());
        m.put("product_name", d.productName());
        m.put("license_id", d.licenseId());
        m.put("license_type", d.licenseType());
        m.put("auth", d.auth());
        if (d.userBased()) {
            m.put("user", d.user());
        } else {
            m.put("license_key_last4", d.keyLast4());
        }
        m.put("floating_cloud", d.floatingCloud());
        m.put("borrowed_until", d.borrowedUntil());
        m.put("state", d.state().jsonName());
        return m;
    }
}
