package dev.licensemanager.ui.common;

import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeText;
import java.time.Instant;

/** The "Copy details" text of a status dialog: what support asks for, redacted. */
public final class Details {
    private Details() {
    }

    public static String of(Outcome o, OutcomeText.Words w, StatusPresenter.OutcomeContext ctx) {
        StringBuilder sb = new StringBuilder();
        sb.append(w.title()).append('\n').append(w.text()).append('\n').append(w.next()).append("\n\n");
        sb.append("code: ").append(o.code()).append('\n');
        sb.append("outcome: ").append(o.kind()).append(" (exit ").append(o.exitCode()).append(")\n");
        append(sb, "server message", o.serverMessage());
        append(sb, "detail", o.detail());
        append(sb, "request id", o.requestId());
        if (o.attempts() > 0) {
            sb.append("attempts: ").append(o.attempts()).append('\n');
        }
        if (o.clockOffsetSeconds() != null) {
            sb.append("clock offset (s): ").append(o.clockOffsetSeconds()).append('\n');
        }
        append(sb, "product", ctx.product());
        append(sb, "hardware id", ctx.hardwareId());
        append(sb, "hardware id algorithm", ctx.algorithm());
        append(sb, "app version", ctx.appVersion());
        sb.append("time: ").append(Instant.now()).append('\n');
        return Redactor.redact(sb.toString());
    }

    /** Raw server text (an error page, an odd body) goes here only, cut short; the words above are plain. */
    private static final int MAX = 300;

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            String v = value.strip();
            sb.append(name).append(": ").append(v.length() > MAX ? v.substring(0, MAX) + "…" : v).append('\n');
        }
    }
}
