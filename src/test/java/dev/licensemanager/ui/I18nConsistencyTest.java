package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.NetworkKind;
import dev.licensemanager.api.ProtocolProblem;
import dev.licensemanager.service.OutcomeKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under i18n/ has every key in every language (en, de, fr, ja); every key the code or
 * FXML uses exists; no key in {@code messages} is unused; apostrophes follow MessageFormat rules.
 */
class I18nConsistencyTest {
    private static final Path I18N = Path.of("src/main/resources/dev/licensemanager/i18n");
    private static final List<String> LANGUAGES = List.of("de", "fr", "ja");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
        Map<String, Set<String>> problems = new TreeMap<>();
        for (String base : bases()) {
            Set<String> keys = load(I18N.resolve(base + ".properties")).stringPropertyNames();
            assertThat(keys).as(base).isNotEmpty();
            for (String lang : LANGUAGES) {
                Path file = I18N.resolve(base + "_" + lang + ".properties");
                Set<String> translated = Files.exists(file) ? load(file).stringPropertyNames() : Set.of();
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(keys);
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    problems.put(base + "_" + lang, union(prefix("missing ", missing), prefix("extra ", extra)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUsedKeyExistsAndNoMessageKeyIsUnused() throws IOException {
        Set<String> messages = load(I18N.resolve("messages.properties")).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Set<String> literals = scan(Path.of("src/main/java"), ".java", LITERAL);
        Set<String> fxml = scan(Path.of("src/main/resources"), ".fxml", FXML_KEY);
        used.addAll(fxml);
        literals.stream().filter(messages::contains).forEach(used::add);
        for (OutcomeKind k : OutcomeKind.values()) {
            for (String part : List.of("title", "text", "next")) {
                used.add("outcome." + k.name() + "." + part);
            }
        }
        used.add("outcome.DEACTIVATED.retry");
        // Plain-word reasons and next steps refined for one API code (looked up as "reason." + code, etc.).
        for (String code : dev.licensemanager.service.OutcomeTable.knownCodes()) {
            for (String key : List.of("reason." + code, "code." + code + ".next", "code." + code + ".text")) {
                if (messages.contains(key)) {
                    used.add(key);
                }
            }
        }
        Arrays.stream(NetworkKind.values()).map(n -> "network.network_" + n.name().toLowerCase(Locale.ROOT))
                .filter(messages::contains).forEach(used::add);
        Arrays.stream(ProtocolProblem.values()).map(p -> "network.protocol_" + p.name().toLowerCase(Locale.ROOT))
                .filter(messages::contains).forEach(used::add);
        Arrays.stream(dev.licensemanager.common.IoReasons.Reason.values()).map(dev.licensemanager.common.IoReasons.Reason::key)
                .forEach(used::add);
        Set<String> uiPrefixes = Set.of("window", "startup", "header", "main", "tab", "key", "account", "sso",
                "machine", "progress", "confirm", "dialog", "receipt");
        Set<String> windowLiterals = scan(Path.of("src/main/java/dev/licensemanager/ui"), ".java", LITERAL);
        windowLiterals.addAll(scan(Path.of("src/main/java/dev/licensemanager/sso"), ".java", LITERAL));
        windowLiterals.stream().filter(l -> uiPrefixes.contains(l.substring(0, l.indexOf('.')))).forEach(used::add);

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(messages);
        Set<String> unused = new TreeSet<>(messages);
        unused.removeAll(used);
        assertThat(missing).as("keys used but not in messages.properties").isEmpty();
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    /** MessageFormat texts need '' for an apostrophe; texts read raw must not double it. */
    @Test
    void apostrophesFollowTheFormattingOfEachKey() throws IOException {
        Set<String> wrong = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("messages")).toList()) {
                Properties p = load(f);
                for (String k : p.stringPropertyNames()) {
                    String v = p.getProperty(k);
                    boolean formatted = PLACEHOLDER.matcher(v).find() || k.matches("(outcome\\.[A-Z_]+|code\\.[a-z_]+)\\.(text|next)");
                    boolean ok = formatted ? v.replace("''", "").indexOf('\'') < 0 : !v.contains("''");
                    if (!ok) {
                        wrong.add(f.getFileName() + ": " + k);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Set<String> bases() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.replace(".properties", "")).filter(n -> !n.contains("_"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> out = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    private static Properties load(Path f) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> prefix(String p, Set<String> s) {
        return s.stream().map(x -> p + x).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
