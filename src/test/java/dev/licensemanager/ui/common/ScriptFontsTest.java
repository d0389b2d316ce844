package dev.licensemanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScriptFontsTest {
    private static String css(List<String> installed) {
        String url = ScriptFonts.stylesheet(installed).orElseThrow();
        assertThat(url).startsWith("data:text/css;base64,");
        return new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    @Test
    void japaneseNamesTheInstalledNotoFamiliesForTextAndMonospace() {
        String css = css(List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans Mono CJK JP", "IPAGothic"));
        assertThat(css).contains(".root { -fx-font-family: \"Noto Sans CJK JP\"; }",
                ".report-text { -fx-font-family: \"Noto Sans Mono CJK JP\"; }");
    }

    @Test
    void withoutAMonospacedJapaneseFamilyTheTextFamilyIsUsedForBoth() {
        assertThat(css(List.of("VL Gothic"))).contains(".root { -fx-font-family: \"VL Gothic\"; }",
                ".hardware-id, .dialog-pane .code, .dialog-pane .facts, .report-text { -fx-font-family: \"VL Gothic\"; }");
    }

    @Test
    void nothingWhenNoJapaneseFamilyIsInstalledOrTheLanguageIsNotJapanese() {
        assertThat(ScriptFonts.stylesheet(List.of("DejaVu Sans", "Noto Sans CJK SC"))).isEmpty();
        assertThat(ScriptFonts.stylesheet(Locale.GERMAN)).isEmpty();
        assertThat(ScriptFonts.stylesheet(Locale.ENGLISH)).isEmpty();
    }
}
