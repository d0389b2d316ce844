package dev.licensemanager.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads secrets from the environment, stdin or a console prompt, never from argv. */
final class SecretInput {
    private final CliContext ctx;
    private BufferedReader stdin;

    SecretInput(CliContext ctx) {
        this.ctx = ctx;
    }

    /** First line of stdin (without the line break), or null at end of input. */
    char[] stdinLine() throws IOException {
        if (stdin == null) {
            stdin = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8));
        }
        String line = stdin.readLine();
        return line == null ? null : line.toCharArray();
    }

    /**
     * A license key option's value: {@code -} reads it from the first line of stdin (empty at end of input), keeping
     * the key out of the process list ({@code ps}, {@code /proc/PID/cmdline}); anything else is the key as given.
     */
    String keyOrStdin(String value) throws IOException {
        if (!"-".equals(value)) {
            return value;
        }
        char[] line = stdinLine();
        return line == null ? "" : new String(line);
    }

    char[] env(String name) {
        String v = ctx.env().get(name);
        return v == null || v.isEmpty() ? null : v.toCharArray();
    }

    /** Prompts on the console when there is one (and only when the CLI's streams are the process's). */
    char[] prompt(String label) {
        Console console = System.console();
        if (console == null || ctx.in() != System.in) {
            return null;
        }
        char[] v = console.readPassword("%s: ", label);
        return v == null || v.length == 0 ? null : v;
    }
}
