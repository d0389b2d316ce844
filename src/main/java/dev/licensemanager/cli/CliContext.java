package dev.licensemanager.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a CLI command may touch: its streams and the environment (never System.* directly, so tests can run in-process). */
public record CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {
}
