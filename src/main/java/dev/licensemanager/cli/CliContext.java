package dev.licensemanager.cli;

import dev.licensemanager.app.CompositionRoot;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a CLI command may touch: its streams, the environment and the composition root (never
 * System.* directly, so tests can run commands in-process).
 */
public record CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env,
                         CompositionRoot root) {

    public CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
        this(out, err, in, env, new CompositionRoot(env));
    }
}
