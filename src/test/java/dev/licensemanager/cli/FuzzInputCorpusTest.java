package dev.licensemanager.cli;

import static dev.licensemanager.cli.ReliabilityKit.quietly;
import static dev.licensemanager.cli.ReliabilityKit.readRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.cli.ReliabilityKit.RawServer;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.InputNormaliser;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad user input: ≥ 100 inputs for every field, through the service and through the CLI. Each is either
 * refused with a message naming the field and nothing sent (the loopback server saw no request), or sent as the
 * value {@link InputNormaliser} documents, and that value is clean (no controls, no invisible characters, no
 * surrounding spaces).
 */
class FuzzInputCorpusTest {
    private static final Pattern DIRTY = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\u2028\\u2029]");
    private static RawServer server;
    private static final List<String> BODIES = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> FIG = new LinkedHashMap<>();
    private static int tried;
    private static int refused;
    private static int sentNormalised;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() throws Exception {
        server = RawServer.start(s -> quietly(() -> {
            try (s) {
                String req = readRequest(s.getInputStream());
                BODIES.add(req.substring(req.indexOf("\r\n\r\n") + 4));
                byte[] body = "{\"status\":400,\"code\":\"license_not_found\",\"message\":\"No.\"}"
                        .getBytes(StandardCharsets.UTF_8);
                s.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
                        + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().write(body);
            }
        }));
    }

    @AfterAll
    static void stop() {
        server.close();
        FIG.put("inputs_tried", tried);
        FIG.put("inputs_refused_nothing_sent", refused);
        FIG.put("inputs_sent_normalised", sentNormalised);
        ReliabilityKit.figure("inputs", FIG);
    }

    /** ≥ 100 hostile variants around one valid value. */
    static List<String> corpus(String valid) {
        List<String> c = new ArrayList<>();
        c.add(valid);
        c.add("");
        c.add(" ");
        c.add("\t\n");
        c.add(" " + valid);
        c.add(valid + " ");
        c.add("\t" + valid + "\r\n");
        c.add("\u00a0" + valid + "\u00a0");
        c.add("\u2003" + valid + "\u3000");
        c.add("\n" + valid);
        c.add(valid + "\n");
        for (int ch = 0; ch < 0x20; ch++) {
            c.add(valid.substring(0, 2) + (char) ch + valid.substring(2));
        }
        c.add(valid + "\u007f");
        c.add(valid + "\u0085");
        c.add(valid.substring(0, 3) + "\r\n" + valid.substring(3));
        c.add(valid + "\u2028");
        c.add(valid + "\u2029x");
        for (char bidi : new char[] {'\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066',
            '\u2067', '\u2068', '\u2069', '\u061c'}) {
            c.add(bidi + valid);
            c.add(valid.substring(0, 2) + bidi + valid.substring(2));
        }
        c.add(valid + "\u200b");
        c.add("\ufeff" + valid);
        c.add(valid.substring(0, 2) + "\u200d" + valid.substring(2));
        c.add(valid + "e\u0301");
        c.add(valid + "\u00e9");
        c.add(valid + "\u0301\u0301\u0301");
        c.add("\u05d0\u05d1\u05d2" + valid);
        c.add("\u0627\u0644\u0639\u0631\u0628\u064a\u0629");
        c.add(valid + "\ud83d\ude00");
        c.add(valid + "\ud800");
        c.add("x".repeat(10_000));
        c.add(valid + "A".repeat(10_000));
        c.add("\u00e9".repeat(5000));
        c.add(valid.repeat(3));
        c.add(valid + "\n" + valid);
        c.add("License key: " + valid);
        c.add("license key:" + valid);
        c.add("LICENSE KEY = " + valid);
        c.add("Key: " + valid);
        c.add("Licence-Key:\t" + valid);
        c.add("Your key is " + valid);
        c.add(valid.toLowerCase());
        c.add(valid.toUpperCase());
        c.add("\"" + valid + "\"");
        c.add("'" + valid + "'");
        c.add("<" + valid + ">");
        c.add(valid.replace('-', '\u2010'));
        c.add(valid.replace('-', '\u2013'));
        c.add(valid.replace('-', ' '));
        c.add(valid.replace("-", ""));
        c.add("%s%n" + valid);
        c.add("${jndi:ldap://127.0.0.1/a}");
        c.add("'; DROP TABLE licenses; --");
        c.add("../../etc/passwd");
        c.add("{\"license_key\":\"x\"}");
        c.add("-");
        c.add("--help");
        c.add("0");
        c.add("-1");
        c.add("9223372036854775808");
        c.add("\u0661\u0662\u0663");
        c.add("\uff21\uff22\uff23");
        c.add("null");
        return c;
    }

    private static DeactivationInput base() {
        return DeactivationInput.licenseKey("lm-product", "hw-0123456789abcdef", "ABCD-EFGH-1234-5678");
    }

    record Field(String name, String valid, Function<String, DeactivationInput> service, String jsonField,
                 Function<String, String> normalised) {
    }

    private static List<Field> fields() {
        return List.of(
                new Field("product", "lm-product", v -> new DeactivationInput(v, base().hardwareId(),
                        CredentialKind.LICENSE_KEY, base().licenseKey(), null, null, null, null, null, null, false, null,
                        null), "product", InputNormaliser::text),
                new Field("license key", "ABCD-EFGH-1234-5678", v -> DeactivationInput.licenseKey("lm-product",
                        base().hardwareId(), v), "license_key", InputNormaliser::licenseKey),
                new Field("hardware ID", "hw-0123456789abcdef", v -> base().withHardwareId(v), "hardware_id",
                        InputNormaliser::text),
                new Field("username", "alice@example.com", v -> DeactivationInput.user("lm-product", base().hardwareId(), v,
                        "pw".toCharArray()), "username", InputNormaliser::text),
                new Field("password", "correct horse battery", v -> DeactivationInput.user("lm-product",
                        base().hardwareId(), "alice@example.com", v.toCharArray()), "password", v -> v),
                new Field("SSO code", "sso-code-0123456789", v -> DeactivationInput.sso("lm-product", base().hardwareId(),
                        CredentialKind.SSO_CODE, v.toCharArray(), "corp", null), "code",
                        v -> new String(InputNormaliser.token(v.toCharArray()))),
                new Field("SSO token", "eyJhbGciOi.eyJzdWIi.sig-0123", v -> DeactivationInput.sso("lm-product",
                        base().hardwareId(), CredentialKind.SSO_TOKEN, v.toCharArray(), "corp", null), "id_token",
                        v -> new String(InputNormaliser.token(v.toCharArray()))),
                new Field("customer account code", "demo-corp", v -> DeactivationInput.sso("lm-product",
                        base().hardwareId(), CredentialKind.SSO_CODE, "code-1".toCharArray(), v, null),
                        "customer_account_code", InputNormaliser::text));
    }

    private static Outcome service(DeactivationInput in) {
        return ReliabilityKit.service(ReliabilityKit.fastSettings(server.url("http"), "k", "s", null).withMaxAttempts(1))
                .deactivate(in, new Cancellation());
    }

    /** Checks one input's fate; returns true when it was sent. */
    private static boolean judge(String label, String field, String jsonField, String expectedValue, int before,
                                 Outcome o, String printed) throws Exception {
        tried++;
        int sent = BODIES.size() - before;
        assertThat(sent).as(label + ": at most one request").isLessThanOrEqualTo(1);
        if (sent == 0) {
            assertThat(o == null || o.kind() == OutcomeKind.INVALID_INPUT).as(label + ": refused " + o).isTrue();
            assertThat(printed.toLowerCase()).as(label + ": the message names the field").contains(field.toLowerCase());
            refused++;
            return false;
        }
        JsonNode body = ReliabilityKit.JSON.readTree(BODIES.get(BODIES.size() - 1));
        JsonNode v = body.get(jsonField);
        if (expectedValue.isEmpty() && "password".equals(jsonField)) {
            assertThat(v).as(label + ": an empty password means username only").isNull();
        } else {
            assertThat(v).as(label + ": field sent").isNotNull();
            assertThat(v.asText()).as(label + ": sent the documented normalised value").isEqualTo(expectedValue);
            if (!"password".equals(jsonField)) {
                assertThat(DIRTY.matcher(v.asText()).find()).as(label + ": clean value sent: " + v).isFalse();
                assertThat(v.asText()).isEqualTo(v.asText().strip());
            }
        }
        sentNormalised++;
        return true;
    }

    @Test
    void everyFieldThroughTheService() throws Exception {
        for (Field f : fields()) {
            List<String> corpus = corpus(f.valid());
            assertThat(corpus.size()).isGreaterThanOrEqualTo(100);
            for (String input : corpus) {
                int before = BODIES.size();
                Outcome o = service(f.service().apply(input));
                try {
                    judge("service " + f.name() + " " + visible(input), f.name(), f.jsonField(),
                            f.normalised().apply(input), before, o, String.join("; ", o.problems()));
                } catch (AssertionError err) {
                    failures.add(visible(err.getMessage()));
                }
            }
        }
        assertThat(failures).as(failures.size() + " service inputs mishandled").isEmpty();
        // Documented normalisations, spelled out.
        assertThat(InputNormaliser.licenseKey("License key: ABCD-1234")).isEqualTo("ABCD-1234");
        assertThat(InputNormaliser.licenseKey("abcd-1234")).as("case kept").isEqualTo("abcd-1234");
        assertThat(InputNormaliser.text("\u00a0e\u0301\n")).isEqualTo("\u00e9");
    }

    /** The CLI's own path: options, LM_PASSWORD, LM_SSO_TOKEN and stdin. */
    @Test
    void everyFieldThroughTheCli() throws Exception {
        Map<String, String> env = ReliabilityKit.cliEnv(home.resolve("cli"), server.url("http"), "k", "s", null, null);
        dev.licensemanager.app.CompositionRoot root = new dev.licensemanager.app.CompositionRoot(env);
        for (Field f : fields()) {
            for (String input : corpus(f.valid())) {
                List<String> args = new ArrayList<>(List.of("deactivate", "--json", "--hardware-id"));
                Map<String, String> e = new java.util.HashMap<>(env);
                String stdin = "";
                String hw = f.name().equals("hardware ID") ? input : "hw-0123456789abcdef";
                args.add(hw);
                args.add("--product");
                args.add(f.name().equals("product") ? input : "lm-product");
                switch (f.name()) {
                    case "license key", "product", "hardware ID" -> {
                        args.add("--license-key");
                        args.add(f.name().equals("license key") ? input : "ABCD-EFGH-1234-5678");
                    }
                    case "username" -> {
                        args.addAll(List.of("--username", input));
                        e.put("LM_PASSWORD", "pw");
                    }
                    case "password" -> {
                        args.addAll(List.of("--username", "alice@example.com", "--password-stdin"));
                        stdin = input + "\n";
                    }
                    case "SSO code" -> args.addAll(List.of("--sso-code", input, "--customer-account-code", "corp"));
                    case "SSO token" -> {
                        args.addAll(List.of("--sso-token", "--customer-account-code", "corp"));
                        e.put("LM_SSO_TOKEN", input);
                    }
                    default -> args.addAll(List.of("--sso-code", "code-1", "--customer-account-code", input));
                }
                int before = BODIES.size();
                CliRun r = ReliabilityKit.cli(e, root, stdin, args.toArray(String[]::new));
                String label = "cli " + f.name() + " " + visible(input);
                try {
                assertThat(r.exit()).as(label + ": " + r.all()).isIn(2, 4);
                if (r.exit() == 4) {
                    // Sent: the value is what the CLI read (stdin stops at the first line break), normalised.
                    // stdin carries UTF-8 (a lone surrogate becomes '?'); in-process options and env are as given.
                    String utf8 = new String(input.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    String read = f.name().equals("password") ? utf8.split("\r?\n|\r", -1)[0] : input;
                    if (f.name().equals("SSO token") && read.isEmpty()) {
                        read = ""; // unset LM_SSO_TOKEN: read from (empty) stdin, refused
                    }
                    judge(label, f.name(), f.jsonField(), f.normalised().apply(read), before, null, r.all());
                } else {
                    String printed = r.all().toLowerCase();
                    boolean named = printed.contains(f.name().toLowerCase())
                            || printed.contains("--" + f.name().toLowerCase().replace(' ', '-'))
                            || f.name().equals("SSO token") && printed.contains("sso token")
                            || f.name().equals("password") && printed.contains("password");
                    assertThat(BODIES.size() - before).as(label + ": nothing sent").isZero();
                    assertThat(named || printed.contains("unknown option") || printed.contains("missing"))
                            .as(label + ": the message names the field or the usage error: " + r.all()).isTrue();
                    tried++;
                    refused++;
                }
                } catch (AssertionError err) {
                    failures.add(visible(err.getMessage()));
                }
            }
        }
        assertThat(failures).as(failures.size() + " CLI inputs mishandled").isEmpty();
    }

    private final List<String> failures = new ArrayList<>();

    /** License ID and consumptions are numbers: picocli parses them, the request checks bound them. */
    @Test
    void numericFieldsThroughTheCli() throws Exception {
        Map<String, String> env = ReliabilityKit.cliEnv(home.resolve("num"), server.url("http"), "k", "s", null, null);
        dev.licensemanager.app.CompositionRoot root = new dev.licensemanager.app.CompositionRoot(env);
        for (String opt : new String[] {"--license-id", "--consumptions"}) {
            List<String> corpus = new ArrayList<>(corpus("12345"));
            for (String n : new String[] {"1", "2147483647", "2147483648", "-2147483648", "9223372036854775807",
                "1e3", "0x10", "+5", "5.0", "٥"}) {
                corpus.add(n);
            }
            for (String input : corpus) {
                int before = BODIES.size();
                CliRun r = ReliabilityKit.cli(env, root, "", "deactivate", "--json", "--hardware-id", "hw-1", "--product",
                        "lm-product", "--license-key", "ABCD-1", opt, input);
                String label = "cli " + opt + " " + visible(input);
                tried++;
                if (BODIES.size() == before) {
                    assertThat(r.exit()).as(label + ": " + r.all()).isEqualTo(2);
                    String printed = r.all().toLowerCase();
                    assertThat(printed.contains(opt) || printed.contains(opt.substring(2).replace('-', ' ')))
                            .as(label + ": names the option: " + r.all()).isTrue();
                    refused++;
                } else {
                    JsonNode body = ReliabilityKit.JSON.readTree(BODIES.get(BODIES.size() - 1));
                    String field = opt.equals("--license-id") ? "license_id" : "consumptions";
                    assertThat(body.get(field).isIntegralNumber()).as(label).isTrue();
                    if (opt.equals("--license-id")) {
                        assertThat(body.get(field).asLong()).as(label + ": positive").isPositive();
                    }
                    sentNormalised++;
                }
            }
        }
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder();
        String cut = s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
        for (char c : cut.toCharArray()) {
            b.append(c < 0x20 || c >= 0x7f
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return "[" + b + "]";
    }
}
