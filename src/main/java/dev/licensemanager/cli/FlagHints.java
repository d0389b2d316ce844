package dev.licensemanager.cli;

import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI names the option or variable that sets a field the checks refused: "product is required" becomes
 * "product is required (--product or LM_PRODUCT)". The checks speak of fields because the window shares them.
 */
final class FlagHints {
    private static final Map<String, String> WHERE = new LinkedHashMap<>();

    static {
        WHERE.put("product", "--product or LM_PRODUCT");
        WHERE.put("license key", "--license-key, or --license-key - with the key on stdin");
        WHERE.put("username", "--username");
        WHERE.put("password", "LM_PASSWORD or --password-stdin");
        WHERE.put("SSO token", "LM_SSO_TOKEN, or the token on stdin with --sso-token");
        WHERE.put("SSO code", "--sso-code");
        WHERE.put("customer account code", "--customer-account-code or LM_CUSTOMER_ACCOUNT_CODE");
        WHERE.put("hardware ID", "--hardware-id");
        WHERE.put("bundle code", "--bundle-code");
        WHERE.put("license ID", "--license-id");
        WHERE.put("consumptions", "--consumptions");
    }

    private FlagHints() {
    }

    /** The outcome with each problem followed by where to set the field; other outcomes unchanged. */
    static Outcome named(Outcome o) {
        if (o.kind() != OutcomeKind.INVALID_INPUT || o.problems().isEmpty()) {
            return o;
        }
        List<String> problems = o.problems().stream().map(FlagHints::named).toList();
        return new Outcome(o.kind(), o.code(), o.serverMessage(), String.join("; ", problems), o.confirmedOnRetry(),
                o.clockOffsetSeconds(), o.attempts(), o.requestId(), problems);
    }

    static String named(String problem) {
        for (Map.Entry<String, String> e : WHERE.entrySet()) {
            if (problem.startsWith(e.getKey() + " ") && !problem.contains(e.getValue())) {
                return problem + " (" + e.getValue() + ")";
            }
        }
        return problem;
    }
}
