package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.service.DeviceLicense;
import dev.licensemanager.service.DeviceListing;
import dev.licensemanager.service.FreeAllResult;
import dev.licensemanager.service.FreeProgress;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.service.doctor.DoctorText;
import java.text.MessageFormat;
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
    private final DoctorText words;

    ThisComputerCli(CliContext ctx, OutcomePrinter printer, boolean json) {
        this.ctx = ctx;
        this.printer = printer;
        this.json = json;
        this.words = new DoctorText(ctx.services().locale());
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
        ctx.out().println(say("cli.licenses.hardwareId", l.hardwareId()));
        if (l.licenses().isEmpty()) {
            ctx.out().println(l.hiddenByFilter() > 0 ? say("cli.licenses.noneHidden", String.valueOf(l.hiddenByFilter()))
                    : say("cli.licenses.none"));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(say("cli.licenses.column.product"), say("cli.licenses.column.licenseId"),
                say("cli.licenses.column.identity"), say("cli.licenses.column.type"), say("cli.licenses.column.state"),
                say("cli.licenses.column.freedWith"));
        for (DeviceLicense d : l.licenses()) {
            table.row(d.product(), String.valueOf(d.licenseId()), d.shownIdentity(), type(d.licenseType()), state(d),
                    action(d));
        }
        table.print(ctx.out());
        if (l.hiddenByFilter() > 0) {
            ctx.out().println(say("cli.licenses.hidden", String.valueOf(l.hiddenByFilter())));
        }
        ctx.out().println(say("cli.licenses.freeAllHint"));
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
                ctx.err().println(say("cli.freeAll.progress", String.valueOf(index + 1), String.valueOf(total), action(d),
                        d.product(), d.shownIdentity()));
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
            ctx.out().println(say("cli.freeAll.nothing", l.hardwareId()));
        }
        int titleWidth = 0;
        for (FreeAllResult.Item i : r.results()) {
            titleWidth = Math.max(titleWidth, TextTable.width(printer.words(i.outcome(), null, l.hardwareId()).title()));
        }
        for (FreeAllResult.Item i : r.results()) {
            Outcome o = i.outcome();
            OutcomeText.Words w = printer.words(o, i.license().productName(), l.hardwareId());
            ctx.out().println(TextTable.pad(w.title(), titleWidth + 2) + i.license().productName() + " ("
                    + i.license().product() + ") " + i.license().shownIdentity() + " [" + o.code() + "] - " + w.next());
        }
        ctx.out().println(say(r.allFree() ? "cli.freeAll.allFree" : "cli.freeAll.notAllFree"));
        return r.exitCode();
    }

    private int listingFailed(DeviceListing l, boolean freeing) {
        if (!json) {
            ctx.err().println(say("cli.licenses.listFailed", say("cli.licenses.reason." + l.failure().name())));
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

    /** The words in the CLI's language (LM_LANG), from the support bundle; every text is a MessageFormat pattern. */
    private String say(String key, String... args) {
        return new MessageFormat(words.get(key), Locale.ROOT).format(args);
    }

    private String state(DeviceLicense d) {
        String s = say("cli.licenses.state." + d.state().jsonName());
        return d.borrowedUntil() != null ? say("cli.licenses.state.until", s, d.borrowedUntil()) : s;
    }

    private String action(DeviceLicense d) {
        return say("cli.licenses.action." + d.freeMethod().action());
    }

    /** The window's word for a known license type; a type the window does not know is shown as the server gave it. */
    private String type(String licenseType) {
        if (licenseType == null) {
            return "-";
        }
        String key = "license.type." + licenseType;
        String word = printer.word(key);
        return word.equals(key) ? licenseType : word;
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
