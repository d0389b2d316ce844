package dev.licensemanager.cli;

import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The product's name in the CLI's words ("You can now activate Acme CAD on your new computer"): the configured
 * {@code product.name}, else, for a person reading the text output, the license server's ({@code product_details}).
 * The server is asked only after an outcome that proves it answers this configuration (freed, already inactive,
 * refused for the license or the user), once, in at most {@link #BUDGET}, never retried: a name is not worth a
 * wait. {@code --json} never asks: scripts get exactly the one request the command is for, and the code.
 * Anything else keeps the code.
 */
final class CliProductName {
    static final Duration BUDGET = Duration.ofSeconds(5);
    /** Outcomes whose answer came from a server that accepts this configuration's credentials and product. */
    private static final Set<OutcomeKind> SERVER_ANSWERED = EnumSet.of(OutcomeKind.DEACTIVATED,
            OutcomeKind.ALREADY_INACTIVE, OutcomeKind.CREDENTIALS_REJECTED, OutcomeKind.LICENSE_PROBLEM,
            OutcomeKind.REJECTED);

    private CliProductName() {
    }

    /** Tells {@code printer} the name of {@code setup}'s product for {@code outcome}, when there is one to tell. */
    static void name(CliContext ctx, OutcomePrinter printer, CommandSetup setup, Outcome outcome, boolean json,
                     Cancellation cancel) {
        String code = setup.product();
        if (code == null || outcome == null || !SERVER_ANSWERED.contains(outcome.kind())) {
            return;
        }
        VendorConfig.Product configured = setup.cfg().product();
        if (configured != null && code.equals(configured.code()) && configured.name() != null
                && !configured.name().isBlank()) {
            printer.productName(code, configured.name().strip());
            return;
        }
        if (json) {
            return;
        }
        ClientSettings once = setup.settings().withMaxAttempts(1).withTimeouts(BUDGET, BUDGET, BUDGET, BUDGET);
        ctx.services().productNames(ctx.services().client(once)).name(code, cancel)
                .ifPresent(n -> printer.productName(code, n));
    }
}
