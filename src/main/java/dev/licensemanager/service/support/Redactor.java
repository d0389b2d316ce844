package dev.licensemanager.service.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that leaves the computer (logs, summaries). Two layers: every known
 * secret value is replaced wherever it appears, and secret-looking fields are masked whatever
 * their value (password=…, "shared_key":"…", Authorization headers, Bearer tokens, license keys
 * which keep only their last 4 characters).
 */
public final class Redactor {
    public static final String MASK = "[redacted]";
    private static final Pattern FIELD = Pattern.compile(
            "(?i)(\"?(?:password|passwd|pwd|shared[_ ]?key|client[_ ]?secret|secret|id_token|access_token|"
                    + "refresh_token|token|sso_code|proxy[_-]?password)\"?\\s*[:=]\\s*\"?)(?!null\\b|\\(set\\))([^\"\\s,&;}]+)");
    private static final Pattern LICENSE_FIELD = Pattern.compile(
            "(?i)(\"?license[_ ]?key\"?\\s*[:=]\\s*\"?)([^\"\\s,&;}]+)");
    private static final Pattern QUERY_CODE = Pattern.compile("(?i)([?&]code=)([^&\\s\"]+)");
    private static final Pattern AUTH_HEADER = Pattern.compile("(?i)((?:proxy-)?authorization\\s*[:=]\\s*).*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern HMAC_SIG = Pattern.compile("(?i)(signature=\"?)[A-Za-z0-9+/=]{16,}");
    private static final Pattern KEY_SHAPE = Pattern.compile("\\b[A-Z0-9]{4,}(?:-[A-Z0-9]{4,}){2,}\\b");

    private final List<String> known;
    private final List<String> keep;

    /** {@code knownSecrets}: values to remove wherever they appear (null and very short ones are ignored). */
    public Redactor(List<String> knownSecrets) {
        this(knownSecrets, List.of());
    }

    private Redactor(List<String> knownSecrets, List<String> keep) {
        List<String> k = new ArrayList<>();
        for (String s : knownSecrets) {
            if (s != null && s.strip().length() >= 4) {
                k.add(s.strip());
            }
        }
        k.sort(Comparator.comparingInt(String::length).reversed());
        this.known = List.copyOf(k);
        this.keep = keep.stream().filter(v -> v != null && !v.isBlank() && !k.contains(v)).toList();
    }

    /** A redactor that leaves these non-secret values alone (e.g. the hardware ID, which may look like a key). */
    public Redactor keeping(String... values) {
        List<String> all = new ArrayList<>(keep);
        all.addAll(java.util.Arrays.asList(values));
        return new Redactor(known, all);
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        for (String s : known) {
            t = t.replace(s, MASK);
        }
        for (int i = 0; i < keep.size(); i++) {
            t = t.replace(keep.get(i), "\u0000" + i + "\u0000");
        }
        t = AUTH_HEADER.matcher(t).replaceAll("$1" + MASK);
        t = BEARER.matcher(t).replaceAll("$1 " + MASK);
        t = HMAC_SIG.matcher(t).replaceAll("$1" + MASK);
        t = FIELD.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        t = QUERY_CODE.matcher(t).replaceAll("$1" + MASK);
        t = LICENSE_FIELD.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + lastFour(m.group(2))));
        t = KEY_SHAPE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(lastFour(m.group())));
        for (int i = 0; i < keep.size(); i++) {
            t = t.replace("\u0000" + i + "\u0000", keep.get(i));
        }
        return t;
    }

    /** "…WXYZ": only the last 4 characters of a license key. */
    public static String lastFour(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "…" + (value.length() <= 4 ? "" : value.substring(value.length() - 4));
    }
}
