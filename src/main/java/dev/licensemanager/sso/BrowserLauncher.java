package dev.licensemanager.sso;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Opens a link in a browser. The default runs the OS's "open this URL" command; tests inject their own. */
@FunctionalInterface
public interface BrowserLauncher {

    void open(String url) throws IOException;

    /** Runs {@code command} with the URL appended (e.g. a headless Chromium in tests). */
    static BrowserLauncher command(List<String> command) {
        List<String> fixed = List.copyOf(command);
        return url -> {
            List<String> cmd = new ArrayList<>(fixed);
            cmd.add(url);
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        };
    }

    /** {@code override} (e.g. LM_BROWSER, words separated by spaces) wins; else xdg-open / open / rundll32. */
    static BrowserLauncher systemDefault(String override) {
        if (override != null && !override.isBlank()) {
            return command(Arrays.asList(override.trim().split("\\s+")));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return command(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        return command(List.of(os.contains("mac") ? "open" : "xdg-open"));
    }
}
