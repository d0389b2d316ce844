package dev.licensemanager.service.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** support*.properties: same keys in every language, valid MessageFormat, a summary for every code the doctor emits. */
class DoctorTextBundleTest {
    static final String[] LANGS = {"", "_de", "_fr", "_ja"};

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = DoctorText.class.getResourceAsStream("/dev/licensemanager/i18n/support" + suffix
                + ".properties")) {
            assertThat(in).as(suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKeyAndValidPatterns() throws Exception {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        for (String lang : LANGS) {
            Properties p = load(lang);
            assertThat(new TreeSet<>(p.stringPropertyNames())).as(lang).isEqualTo(english);
            for (String k : english) {
                String v = p.getProperty(k);
                assertThat(v.replace("''", "")).as(lang + " " + k + ": single quote must be doubled").doesNotContain("'");
                String out = new MessageFormat(v, Locale.ROOT).format(new Object[] {"A0", "B1", "C2", "D3", "E4"});
                assertThat(out).as(lang + " " + k).doesNotContain("{").isNotBlank();
            }
        }
    }

    @Test
    void everyCodeTheDoctorEmitsHasWords() throws Exception {
        Properties en = load("");
        Pattern code = Pattern.compile("\"((?:config|dns|proxy|tcp|tls|api|clock)_[a-z_]+|skipped|timeout)\"");
        Set<String> codes = new TreeSet<>();
        for (String f : new String[] {"NetworkProbe", "TlsInspector", "ConnectivityDoctor"}) {
            String src = Files.readString(Path.of("src/main/java/dev/licensemanager/service/doctor/" + f + ".java"));
            Matcher m = code.matcher(src);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        codes.remove("api_code"); // a fact name, not a code
        assertThat(codes).hasSizeGreaterThan(30);
        for (String c : codes) {
            assertThat(en.getProperty("doctor." + c + ".summary")).as(c).isNotNull();
        }
        DoctorText ja = new DoctorText(Locale.JAPANESE);
        assertThat(ja.checkName(DoctorCheck.CLOCK)).isEqualTo("時計");
        assertThat(new DoctorText(Locale.GERMAN).verdict(Verdict.FAIL)).isEqualTo("Problem");
    }
}
