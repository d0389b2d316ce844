package dev.licensemanager.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A font for the window's language where JavaFX would show boxes. JavaFX on Linux builds its fallback fonts from
 * fontconfig but keeps only TrueType outlines, so the Japanese fonts Debian and Ubuntu install (Noto Sans CJK, an
 * OpenType/CFF collection) are never used for Japanese text unless a style names them; a CSS family list does not
 * help either (JavaFX takes only its first name). For Japanese this names the first installed Japanese family.
 */
public final class ScriptFonts {
    private static final List<String> SANS = List.of("Noto Sans CJK JP", "Source Han Sans JP", "IPAexGothic",
            "IPAGothic", "VL Gothic", "TakaoGothic", "Yu Gothic UI", "Meiryo UI", "Hiragino Sans");
    private static final List<String> MONO = List.of("Noto Sans Mono CJK JP", "Source Han Code JP", "IPAGothic",
            "TakaoGothic", "MS Gothic", "Osaka-Mono");

    private ScriptFonts() {
    }

    /** The stylesheet (a data URL) naming the families for {@code locale}, if it needs one and one is installed. */
    public static Optional<String> stylesheet(Locale locale) {
        if (!"ja".equals(locale.getLanguage())) {
            return Optional.empty();
        }
        return stylesheet(javafx.scene.text.Font.getFamilies());
    }

    static Optional<String> stylesheet(Collection<String> installed) {
        Optional<String> sans = SANS.stream().filter(installed::contains).findFirst();
        if (sans.isEmpty()) {
            return Optional.empty();
        }
        String mono = MONO.stream().filter(installed::contains).findFirst().orElse(sans.get());
        String css = ".root { -fx-font-family: \"" + sans.get() + "\"; }\n"
                + ".hardware-id, .dialog-pane .code, .dialog-pane .facts, .report-text { -fx-font-family: \""
                + mono + "\"; }\n";
        return Optional.of("data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }
}
