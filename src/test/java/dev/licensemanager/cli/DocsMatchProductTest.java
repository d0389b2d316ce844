package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The docs say what the product does: each command's exit codes in docs/support.md are the words its --help
 * prints (read from the command tree, so new commands are covered), the window's button is named as the window
 * names it, and every LM_ variable the code reads is documented.
 */
class DocsMatchProductTest {
    private static final Pattern ENV_LITERAL = Pattern.compile("\"(LM_[A-Z_]+)\"");
    /** Markers and hooks, not settings: the startup probe's switch (bench, packaging test) and its output lines. */
    private static final Set<String> NOT_SETTINGS = Set.of("LM_EXIT_ON_SHOWN", "LM_SHOWN", "LM_READY",
            "LM_SERVICES_FAILED");

    @Test
    void exitCodesInTheDocsAreTheWordsOfEachCommandsHelp() throws Exception {
        String support = Files.readString(Path.of("docs/support.md"));
        var out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine root = LicenseManagerCommand.build(CliContexts.of(out, out, InputStream.nullInputStream(),
                Map.of("LM_HOME", Files.createTempDirectory("lm-docs").toString())));
        List<String> checked = new ArrayList<>();
        root.getSubcommands().forEach((name, cmd) -> {
            var usage = cmd.getCommandSpec().usageMessage();
            String help = String.join(" ", usage.description()) + " " + String.join(" ", usage.footer());
            int at = help.indexOf("Exit codes: ");
            if (at < 0) {
                return;
            }
            String codes = help.substring(at + "Exit codes: ".length()).strip();
            assertThat(support).as("docs/support.md row for " + name).contains("| `" + name + "` | " + codes + " |");
            checked.add(name);
        });
        assertThat(checked).contains("deactivate", "doctor", "offline-request", "support-bundle", "licenses", "hardware-id");
    }

    @Test
    void theDocsNameTheWindowsButtonsAsTheWindowDoes() throws Exception {
        Properties messages = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/dev/licensemanager/i18n/messages.properties"))) {
            messages.load(in);
        }
        String button = messages.getProperty("main.testConnection").replace("_", "");
        for (Path doc : List.of(Path.of("README.md"), Path.of("docs/support.md"))) {
            String text = Files.readString(doc);
            assertThat(text).as(doc.toString()).contains(button).doesNotContain("Check connection");
        }
    }

    @Test
    void everyVariableTheCodeReadsIsDocumented() throws Exception {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ENV_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        read.removeAll(NOT_SETTINGS);
        String docs = Files.readString(Path.of("README.md")) + Files.readString(Path.of("docs/sandbox.md"));
        assertThat(read).as("LM_ variables the code reads").contains("LM_VENDOR_CONFIG", "LM_LANG", "LM_THEME",
                "LM_BROWSER", "LM_CA_FILE", "LM_HARDWARE_ID_ALGORITHM", "LM_CUSTOMER_ACCOUNT_CODE");
        assertThat(read.stream().filter(v -> !docs.contains("`" + v)).toList())
                .as("variables read by the code but missing from README.md's table (or docs/sandbox.md)").isEmpty();
    }
}
