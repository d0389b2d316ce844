package dev.licensemanager.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a CLI command may touch: its streams, the environment and the services the application wires for it
 * (never System.* directly, so tests can run commands in-process).
 */
public record CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env,
                         CliServices services) {
}
