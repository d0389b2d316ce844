package dev.licensemanager.cli;

import dev.licensemanager.app.CompositionRoot;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** Test helper: a CLI context wired by the real composition root, as the launcher does it. */
public final class CliContexts {
    private CliContexts() {
    }

    public static CliContext of(PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
        return new CliContext(out, err, in, env, new CompositionRoot(env));
    }
}
