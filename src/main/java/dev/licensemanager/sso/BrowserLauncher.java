package dev.licensemanager.sso;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Opens a link in a browser by running a command; the default is the OS's "open this URL" command. */
public final class BrowserLauncher {
    private final List<String> command;

    public BrowserLauncher(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** {@code override} (e.g. LM_BROWSER, words separated by spaces) wins; else xdg-open / open / rundll32. */
    public static BrowserLauncher systemDefault(String override) {
        if (override != null && !override.isBlank()) {
            return new BrowserLauncher(Arrays.asList(override.trim().split("\\s+")));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new BrowserLauncher(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        return new BrowserLauncher(List.of(os.contains("mac") ? "open" : "xdg-open"));
    }

    public Process open(String url) throws IOException {
        List<String> cmd = new ArrayList<>(command);
        cmd.add(url);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    public List<String> command() {
        return command;
    }
}
