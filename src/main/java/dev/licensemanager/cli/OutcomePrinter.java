package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.LicenseSummary;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.service.SupportContact;
import dev.licensemanager.service.doctor.DoctorText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints outcomes in the window's words (human) or as one JSON object; returns the exit code. */
final class OutcomePrinter {
    private final CliContext ctx;
    private final boolean json;
    private OutcomeText text;
    private Map<String, Object> check;
    private SupportContact support = SupportContact.NONE;
    private String apiUrl;
    private String namedCode;
    private String productName;

    /** What the configuration says once it is read: the vendor's support contact and the API URL in use. */
    void context(SupportContact contact, String url) {
        support = contact == null ? SupportContact.NONE : contact;
        text = new OutcomeText(ctx.services().locale(), support);
        apiUrl = url;
    }

    /** The name of product {@code code} (null: its code stands for it); words about that product use it. */
    void productName(String code, String name) {
        namedCode = code;
        productName = name;
    }

    private String shown(String product) {
        return productName != null && product != null && product.equals(namedCode) ? productName : product;
    }

    OutcomePrinter(CliContext ctx, boolean json) {
        this.ctx = ctx;
        this.json = json;
        this.text = new OutcomeText(ctx.services().locale());
    }

    int outcome(Outcome given, String product, String hardwareId) {
        Outcome o = FlagHints.named(given);
        OutcomeText.Words w = cliWords(text.words(o, shown(product), hardwareId), o);
        if (json) {
            JsonOut.print(ctx.out(), json(given, product, hardwareId));
        } else {
            var stream = o.kind().severity() == OutcomeKind.Severity.ERROR
                    || o.kind().severity() == OutcomeKind.Severity.WARNING ? ctx.err() : ctx.out();
            stream.println(w.title() + ": " + w.text());
            stream.println("Next: " + w.next());
            stream.println("Code: " + o.code() + (o.requestId() == null ? "" : " (request " + o.requestId() + ")"));
        }
        return o.exitCode();
    }

    /** Raw server text is for support, cut short; the message and next step above it are plain words. */
    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The window's next step for invalid input points at "the highlighted field"; a terminal has none. */
    private OutcomeText.Words cliWords(OutcomeText.Words w, Outcome o) {
        return o.kind() == OutcomeKind.INVALID_INPUT
                ? new OutcomeText.Words(w.title(), w.text(), new DoctorText(ctx.services().locale()).get("cli.next.invalid")) : w;
    }

    /** A file the command could not write: the reason in words (never an exception's name); exit 1. */
    int notWritten(java.nio.file.Path file, Exception e) {
        String reason = text.get(dev.licensemanager.common.IoReasons.of(e).key());
        String message = new java.text.MessageFormat(text.get("io.notWritten"), Locale.ROOT).format(new Object[] {file, reason});
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", "unexpected");
            m.put("code", "file_not_written");
            m.put("message", message);
            m.put("file", file.toString());
            m.put("exit_code", ExitCodes.UNEXPECTED);
            JsonOut.print(ctx.out(), m);
        } else {
            ctx.err().println(message);
        }
        return ExitCodes.UNEXPECTED;
    }

    /** A word of the shared bundle in the CLI's language (the key itself when there is none). */
    String word(String key) {
        return text.get(key);
    }

    /** The words of an outcome as the CLI prints them, for one-line summaries. */
    OutcomeText.Words words(Outcome given, String product, String hardwareId) {
        Outcome o = FlagHints.named(given);
        return cliWords(text.words(o, shown(product), hardwareId), o);
    }

    /** The deactivate-style JSON object of one outcome (also one element of {@code deactivate --all}'s results). */
    Map<String, Object> json(Outcome given, String product, String hardwareId) {
        Outcome o = FlagHints.named(given);
        OutcomeText.Words w = cliWords(text.words(o, shown(product), hardwareId), o);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", o.kind().name().toLowerCase(Locale.ROOT));
        m.put("code", o.code());
        m.put("message", w.title() + ". " + w.text());
        m.put("next_step", w.next());
        m.put("hardware_id", hardwareId);
        m.put("product", product);
        if (shown(product) != null && !shown(product).equals(product)) {
            m.put("product_name", shown(product));
        }
        if (apiUrl != null) {
            m.put("api_url", apiUrl);
        }
        if (!support.isEmpty()) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("url", support.url());
            contact.put("email", support.email());
            contact.put("phone", support.phone());
            m.put("support", contact);
        }
        m.put("exit_code", o.exitCode());
        m.put("confirmed_on_retry", o.confirmedOnRetry());
        if (o.clockOffsetSeconds() != null) {
            m.put("clock_offset_seconds", o.clockOffsetSeconds());
        }
        if (!o.problems().isEmpty()) {
            m.put("problems", o.problems());
        }
        if (!o.serverMessage().isBlank()) {
            m.put("server_message", cut(o.serverMessage()));
        }
        m.put("detail", cut(o.detail()));
        m.put("attempts", o.attempts());
        m.put("request_id", o.requestId());
        if (check != null) {
            m.put("check", check);
        }
        return m;
    }

    int usage(String problem, String product, String hardwareId) {
        return outcome(Outcome.invalid(List.of(problem)), product, hardwareId);
    }

    int configProblem(String problem, String product, String hardwareId) {
        return outcome(new Outcome(OutcomeKind.VENDOR_CONFIG_PROBLEM, "config_invalid", "", problem, false, null, 0,
                null, List.of(problem)), product, hardwareId);
    }

    /** --check where no check exists (bundles). */
    void checkNotAvailable(String why) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", why);
        print(m);
    }

    void checkFacts(CheckResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.facts() != null) {
            LicenseSummary f = c.facts();
            m.put("license_id", f.licenseId());
            m.put("license_type", f.licenseType());
            m.put("active", f.active());
            m.put("enabled", f.enabled());
            m.put("expired", f.expired());
            m.put("times_activated", f.timesActivated());
            m.put("max_activations", f.unlimitedActivations() ? "unlimited" : f.maxActivations());
            m.put("transfers_left", f.transfersLeft());
            m.put("valid_until", f.validUntil());
        } else if (c.failure() != null) {
            m.put("check_failed", c.failure().code());
        } else {
            m.put("check", "not available for single sign-on");
        }
        print(m);
    }

    private void print(Map<String, Object> m) {
        if (json) {
            check = m; // printed inside the one JSON object of the outcome
        } else {
            m.forEach((k, v) -> ctx.out().println(k.replace('_', ' ') + ": " + (v != null ? v
                    : "transfers_left".equals(k) ? "no limit reported" : "valid_until".equals(k) ? "no end date" : "-")));
        }
    }
}
