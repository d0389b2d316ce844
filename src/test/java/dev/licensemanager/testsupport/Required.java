package dev.licensemanager.testsupport;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (Chromium, a DISPLAY, /etc/machine-id). On a developer's machine a missing
 * piece skips the test; with {@code CI=true} (set by the CI, and by {@code .ci/run}) it fails it instead, so "every
 * test ran" stays true where the README promises it.
 */
public final class Required {
    private Required() {
    }

    public static void present(boolean present, String what) {
        present(System.getenv(), present, what);
    }

    static void present(Map<String, String> env, boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(String.valueOf(env.get("CI")).strip())) {
            Assertions.fail("CI=true but " + what + " is missing: on CI this test must run, not skip");
        }
        Assumptions.abort(what + " is missing here (skipped; with CI=true this fails)");
    }
}
