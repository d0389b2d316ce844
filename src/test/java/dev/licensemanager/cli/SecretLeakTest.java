package dev.licensemanager.cli;

import static dev.licensemanager.cli.ReliabilityKit.quietly;
import static dev.licensemanager.cli.ReliabilityKit.readRequest;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.cli.ReliabilityKit.RawServer;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Secrets: one run with marker values for the password, shared key, client secret, SSO code and token,
 * OAuth token and license key, through success, each error, debug logging and --json; then everything written is
 * scanned. Plus: secret-typed fields are Secret or char[], and no exception/log statement in the source is built
 * from a secret.
 */
class SecretLeakTest {
    static final String PASSWORD = "PWMARK-3f9a1c";
    static final String SHARED_KEY = "SHKMARK-7b2e4d";
    static final String CLIENT_SECRET = "CSMARK-1d8f6a";
    static final String SSO_TOKEN = "SSOTOKMARK-5c3b9e";
    static final String SSO_CODE = "SSOCODEMARK-2a7e1f";
    static final String OAUTH_TOKEN = "OAUTHTOKMARK-9e4d2b";
    static final String LICENSE_KEY = "LKMARK-Q7W3-E9R1-T5Y2";
    static final List<String> MARKERS = List.of(PASSWORD, SHARED_KEY, CLIENT_SECRET, SSO_TOKEN, SSO_CODE, OAUTH_TOKEN,
            LICENSE_KEY);

    @TempDir
    Path dir;

    private final List<String> outputs = new ArrayList<>();
    private final List<Path> homes = new ArrayList<>();
    private final Map<String, String> zipEntries = new LinkedHashMap<>();
    private final Map<String, String> scannedExtra = new LinkedHashMap<>();
    private boolean offlineChecked;

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(zip)) {
            return out;
        }
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private Path seed() throws IOException {
        StringBuilder devices = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            devices.append("{\"license_id\":1,\"hardware_id\":\"hw-sec-").append(i).append("\",\"active\":true},");
        }
        devices.append("{\"license_id\":2,\"hardware_id\":\"hw-sec-u\",\"active\":true},");
        devices.append("{\"license_id\":3,\"hardware_id\":\"hw-sec-7\",\"active\":true}");
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"products\":[{\"id\":1,\"short_code\":\"sec-key\",\"name\":\"K\"},"
                + "{\"id\":2,\"short_code\":\"sec-user\",\"name\":\"U\",\"authorization_method\":\"user\"},"
                + "{\"id\":3,\"short_code\":\"sec-float\",\"name\":\"F\"}],"
                + "\"licenses\":[{\"id\":1,\"product\":\"sec-key\",\"license_key\":\"" + LICENSE_KEY + "\",\"max_activations\":10},"
                + "{\"id\":3,\"product\":\"sec-float\",\"license_key\":\"" + LICENSE_KEY + "\",\"floating_cloud\":true},"
                + "{\"id\":2,\"product\":\"sec-user\",\"user\":\"sec@example.com\",\"max_activations\":3}],"
                + "\"users\":[{\"id\":1,\"email\":\"sec@example.com\",\"password\":\"" + PASSWORD + "\",\"customer_account\":\"sec-corp\"}],"
                + "\"customer_accounts\":[{\"id\":1,\"code\":\"sec-corp\",\"name\":\"C\",\"sso_enabled\":true}],"
                + "\"devices\":[" + devices + "]}");
        return seed;
    }

    private Map<String, String> env(SandboxServer sb, String name) throws IOException {
        Path home = dir.resolve("home-" + name);
        homes.add(home);
        Map<String, String> env = new HashMap<>(ReliabilityKit.cliEnv(home, sb.baseUrl(), sb.apiKey(), SHARED_KEY,
                sb.publicKeyFile(), null));
        env.put("LM_LOG_LEVEL", "debug");
        return env;
    }

    private CliRun run(Map<String, String> env, String stdin, String... args) {
        CliRun r = ReliabilityKit.cli(env, stdin, args);
        outputs.add(String.join(" ", args) + "\n" + r.out() + "\n" + r.err());
        return r;
    }

    @Test
    void markersAppearNowhereTheyMustNot() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        try (SandboxServer sb = SandboxServer.start(SandboxOptions.builder().seedFile(seed()).sharedKey(SHARED_KEY)
                .oauthClient("sec-client", CLIENT_SECRET).build());
             RawServer tokenIssuer = RawServer.start(s -> quietly(() -> {
                 try (s) {
                     readRequest(s.getInputStream());
                     byte[] b = ("{\"access_token\":\"" + OAUTH_TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}")
                             .getBytes(StandardCharsets.UTF_8);
                     s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                             + b.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                     s.getOutputStream().write(b);
                 }
             }))) {
            String[] key = {"deactivate", "--product", "sec-key", "--license-key", LICENSE_KEY};
            // Success (json and human), key from argv and from stdin; then already inactive; check_license.
            assertThat(run(env(sb, "ok"), "", concat(key, "--hardware-id", "hw-sec-1", "--json")).exit()).isZero();
            assertThat(run(env(sb, "ok-human"), "", concat(key, "--hardware-id", "hw-sec-2")).exit()).isZero();
            assertThat(run(env(sb, "ok-stdin"), LICENSE_KEY + "\n", "deactivate", "--product", "sec-key",
                    "--license-key", "-", "--hardware-id", "hw-sec-3", "--json").exit()).isZero();
            assertThat(run(env(sb, "again"), "", concat(key, "--hardware-id", "hw-sec-1", "--json")).exit()).isEqualTo(3);
            assertThat(run(env(sb, "check"), "", concat(key, "--hardware-id", "hw-sec-4", "--check", "--json")).exit())
                    .isZero();
            // Errors: unknown product, wrong password, bad SSO token and code, wrong shared key.
            run(env(sb, "noproduct"), "", "deactivate", "--product", "nope", "--license-key", LICENSE_KEY,
                    "--hardware-id", "hw-sec-5", "--json");
            Map<String, String> wrongPw = env(sb, "wrongpw");
            wrongPw.put("LM_PASSWORD", PASSWORD + "-wrong");
            assertThat(run(wrongPw, "", "deactivate", "--product", "sec-user", "--username", "sec@example.com",
                    "--hardware-id", "hw-sec-u", "--check", "--json").json().get("code").asText())
                    .isEqualTo("invalid_credentials");
            assertThat(run(env(sb, "userok"), PASSWORD + "\n", "deactivate", "--product", "sec-user", "--username",
                    "sec@example.com", "--password-stdin", "--hardware-id", "hw-sec-u").exit()).isZero();
            Map<String, String> tok = env(sb, "ssotoken");
            tok.put("LM_SSO_TOKEN", SSO_TOKEN);
            assertThat(run(tok, "", "deactivate", "--product", "sec-user", "--sso-token", "--customer-account-code",
                    "sec-corp", "--hardware-id", "hw-sec-u", "--json").json().get("code").asText())
                    .isEqualTo("invalid_sso_token");
            run(env(sb, "ssocode"), "", "deactivate", "--product", "sec-user", "--sso-code", SSO_CODE,
                    "--customer-account-code", "sec-corp", "--hardware-id", "hw-sec-u");
            run(env(sb, "ssotoken-argv"), "", "deactivate", "--product", "sec-user", "--sso-token", SSO_TOKEN,
                    "--customer-account-code", "sec-corp", "--hardware-id", "hw-sec-u", "--json");
            Map<String, String> badKey = env(sb, "badkey");
            badKey.put("LM_SHARED_KEY", SHARED_KEY + "-wrong");
            assertThat(run(badKey, "", concat(key, "--hardware-id", "hw-sec-5", "--json")).json().get("code").asText())
                    .isEqualTo("signature_mismatch");
            // OAuth: sandbox-issued token (client secret is a marker), a wrong secret, and a token that is a marker.
            Map<String, String> oauth = env(sb, "oauth");
            oauth.remove("LM_API_KEY");
            oauth.remove("LM_SHARED_KEY");
            oauth.put("LM_CLIENT_ID", "sec-client");
            oauth.put("LM_CLIENT_SECRET", CLIENT_SECRET);
            oauth.put("LM_TOKEN_URL", sb.tokenUrl());
            assertThat(run(oauth, "", concat(key, "--hardware-id", "hw-sec-5", "--json")).exit()).isZero();
            Map<String, String> oauthBad = new HashMap<>(oauth);
            oauthBad.put("LM_CLIENT_SECRET", CLIENT_SECRET + "-wrong");
            run(oauthBad, "", concat(key, "--hardware-id", "hw-sec-6", "--json"));
            Map<String, String> oauthMarker = new HashMap<>(oauth);
            oauthMarker.put("LM_TOKEN_URL", tokenIssuer.url("http") + "/token");
            assertThat(run(oauthMarker, "", concat(key, "--hardware-id", "hw-sec-6", "--json")).json().get("code")
                    .asText()).isEqualTo("invalid_token");
            // Licenses on this computer: listing (json and human), release (an error: not floating), free all.
            assertThat(run(env(sb, "thiscomputer"), "", "licenses", "--this-computer", "--hardware-id", "hw-sec-7",
                    "--json").exit()).isZero();
            run(env(sb, "thiscomputer-human"), "", "licenses", "--this-computer", "--hardware-id", "hw-sec-7");
            run(env(sb, "release-notfloating"), "", "release", "--product", "sec-key", "--license-key", LICENSE_KEY,
                    "--hardware-id", "hw-sec-7", "--json");
            Map<String, String> allEnv = env(sb, "all");
            assertThat(run(allEnv, "", "deactivate", "--all", "--hardware-id", "hw-sec-7", "--json").exit()).isZero();
            run(allEnv, "", "deactivate", "--all", "--hardware-id", "hw-sec-7");
            // The support tools merged from main: licenses, doctor, support bundle, offline request file.
            run(env(sb, "licenses"), PASSWORD + "\n", "licenses", "--product", "sec-user", "--username",
                    "sec@example.com", "--password-stdin", "--json");
            Map<String, String> wrongLic = env(sb, "licenses-wrong");
            run(wrongLic, PASSWORD + "-wrong\n", "licenses", "--product", "sec-user", "--username", "sec@example.com",
                    "--password-stdin");
            run(env(sb, "doctor"), "", "doctor", "--json");
            run(oauth, "", "doctor");
            Path bundle = dir.resolve("bundle.zip");
            Map<String, String> bundleEnv = env(sb, "bundle");
            run(bundleEnv, "", concat(key, "--hardware-id", "hw-sec-6", "--json")); // history to bundle
            run(bundleEnv, "", "release", "--product", "sec-float", "--license-key", LICENSE_KEY, "--hardware-id",
                    "hw-sec-6", "--json"); // a release in the history too
            run(bundleEnv, "", "support-bundle", "--out", bundle.toString(), "--summary", "--json");
            zipEntries.putAll(unzip(bundle));
            assertThat(zipEntries).as("the bundle was written").isNotEmpty();
            Path offline = dir.resolve("offline.req");
            run(env(sb, "offline"), "", "offline-request", "--out", offline.toString(), "--product", "sec-key",
                    "--license-key", LICENSE_KEY, "--hardware-id", "hw-sec-6", "--send", "--json");
            if (Files.exists(offline)) {
                String raw = Files.readString(offline, StandardCharsets.ISO_8859_1);
                String decoded = new String(java.util.Base64.getMimeDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
                // Allowed: the license key inside the signed request, as the format requires. Nothing else.
                assertThat(decoded).as("the offline file carries the key it deactivates").contains(LICENSE_KEY);
                offlineChecked = true;
                scannedExtra.put("offline file (raw)", raw);
                scannedExtra.put("offline file (decoded, key removed)", decoded.replace(LICENSE_KEY, "<allowed key>"));
            }
            // Network failure and broken configuration, with the secrets loaded.
            Map<String, String> refused = env(sb, "refused");
            refused.put("LM_API_URL", "http://127.0.0.1:9");
            run(refused, "", concat(key, "--hardware-id", "hw-sec-6", "--json"));
            Map<String, String> badCfg = env(sb, "badcfg");
            badCfg.remove("LM_SHARED_KEY"); // the file's values must be the ones read (the environment would win)
            badCfg.remove("LM_API_KEY");
            Path broken = dir.resolve("broken-config.json");
            Files.writeString(broken, "{\"api\":{\"shared_key\":\"" + SHARED_KEY + "\",\"oauth_client_secret\":\""
                    + CLIENT_SECRET + "\" \"x\"}}");
            badCfg.put("LM_VENDOR_CONFIG", broken.toString());
            assertThat(run(badCfg, "", concat(key, "--hardware-id", "hw-sec-6", "--json")).exit()).isEqualTo(5);
            Path wrongType = dir.resolve("wrong-type-config.json");
            Files.writeString(wrongType, "{\"api\":{\"shared_key\":[\"" + SHARED_KEY + "\"],\"api_key\":\"k\"}}");
            badCfg.put("LM_VENDOR_CONFIG", wrongType.toString());
            assertThat(run(badCfg, "", concat(key, "--hardware-id", "hw-sec-6", "--json")).exit()).isEqualTo(5);
            Path control = dir.resolve("control-config.json");
            Files.writeString(control, "{\"api\":{\"shared_key\":\"" + SHARED_KEY + "\\n\",\"api_key\":\"k\"}}");
            badCfg.put("LM_VENDOR_CONFIG", control.toString());
            run(badCfg, "", concat(key, "--hardware-id", "hw-sec-6", "--json"));
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        // Scan: CLI output, every log event (message, arguments, exceptions), and every file under each LM_HOME.
        Map<String, String> scanned = new LinkedHashMap<>();
        for (int i = 0; i < outputs.size(); i++) {
            scanned.put("cli output " + i, outputs.get(i).substring(outputs.get(i).indexOf('\n') + 1));
        }
        for (ILoggingEvent e : captured.list) {
            StringBuilder b = new StringBuilder(e.getFormattedMessage());
            if (e.getArgumentArray() != null) {
                for (Object a : e.getArgumentArray()) {
                    b.append(' ').append(a);
                }
            }
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                b.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            }
            scanned.put("log " + e.getLoggerName() + " " + e.getTimeStamp() + " " + scanned.size(), b.toString());
        }
        for (Path home : homes) {
            if (Files.exists(home)) {
                try (Stream<Path> files = Files.walk(home)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        if (!f.getFileName().toString().equals("vendor-config.json") && !f.toString().endsWith(".zip")) {
                            scanned.put(f.toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
                        }
                    }
                }
            }
        }
        zipEntries.forEach((name, text) -> scanned.put("support bundle entry " + name, text));
        scanned.putAll(scannedExtra);
        assertThat(offlineChecked).as("offline request file written").isTrue();
        List<String> found = new ArrayList<>();
        scanned.forEach((where, text) -> {
            for (String m : MARKERS) {
                if (text.contains(m)) {
                    found.add(m + " in " + where + ": " + text.substring(0, Math.min(400, text.length())));
                }
            }
            if (text.contains("Bearer ")) {
                found.add("a bearer token in " + where);
            }
        });
        assertThat(captured.list).as("debug logging was on").anyMatch(e -> e.getLevel() == Level.DEBUG);
        Map<String, Integer> fig = new LinkedHashMap<>();
        fig.put("secret_runs", outputs.size());
        fig.put("places_scanned", scanned.size());
        fig.put("markers_found_outside_allowed_places", found.size());
        ReliabilityKit.figure("secrets", fig);
        assertThat(found).as("markers found where they must not be").isEmpty();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Fields whose name says password/secret/token/shared key hold a Secret or a char[], never a String. */
    @Test
    void secretFieldsAreSecretsOrCharArrays() throws Exception {
        Path classes = Path.of("target", "classes", "dev", "licensemanager");
        Pattern secretName = Pattern.compile("(?i).*(password|secret|sharedkey|token|ssocode).*");
        List<String> bad = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                String rel = classes.getParent().getParent().relativize(p).toString();
                String name = rel.substring(0, rel.length() - 6).replace('/', '.');
                if (name.contains(".sandbox.") || name.contains(".ui.") || name.endsWith("package-info")
                        || name.endsWith("module-info")) {
                    continue; // the sandbox's demo credentials are public by design; ui needs the toolkit
                }
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || !secretName.matcher(f.getName()).matches()
                            || f.getName().endsWith("Url")) {
                        continue;
                    }
                    if (name.endsWith("IdentityOptions$Choice")) {
                        // picocli option values come from main(String[] args): already Strings in the JVM, so a
                        // char[] copy would clear nothing. The SSO token option only ever holds "-" (a literal
                        // token is refused); the SSO code is single-use and allowed on the command line.
                        continue;
                    }
                    checked++;
                    if (f.getType() == String.class) {
                        bad.add(name + "." + f.getName());
                    }
                }
            }
        }
        assertThat(checked).as("found fields to check").isGreaterThan(5);
        assertThat(bad).as("secret fields held as String").isEmpty();
    }

    /** No exception message, log line or printed text in the main source is built from a secret. */
    @Test
    void noExceptionOrLogTextIsBuiltFromASecret() throws Exception {
        Pattern sink = Pattern.compile("(new \\w*(Exception|Error)\\(|LOG\\.\\w+\\(|\\.println\\(|\\.printf\\()");
        Pattern secret = Pattern.compile("reveal\\(\\)|\\b(password|sharedKey|clientSecret|idToken|ssoSecret|token|code)"
                + "\\(\\)\\.reveal|\\bnew String\\((pw|password|token|secret)\\b");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src", "main", "java"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                // Join wrapped statements so a sink and its arguments are seen together.
                String src = Files.readString(p).replaceAll("\\n\\s+", " ");
                for (String stmt : src.split(";")) {
                    Matcher m = sink.matcher(stmt);
                    if (m.find() && secret.matcher(stmt.substring(m.start())).find()) {
                        bad.add(p.getFileName() + ": " + stmt.strip());
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
        // Runtime side: Secret never shows itself.
        assertThat(dev.licensemanager.api.Secret.of(PASSWORD).toString()).doesNotContain(PASSWORD);
        assertThat(dev.licensemanager.service.DeactivationInput.user("p", "h", "u", PASSWORD.toCharArray()).toString())
                .doesNotContain(PASSWORD);
    }

    /** The sandbox binds loopback only; any other address is refused unless explicitly allowed in code. */
    @Test
    void sandboxRefusesANonLoopbackBind() {
        for (String host : new String[] {"0.0.0.0", "::", "192.0.2.10"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> SandboxServer.start(SandboxOptions.builder().host(host).build()))
                    .as(host).hasMessageContaining("loopback");
        }
        CliRun r = ReliabilityKit.cli(Map.of("LM_HOME", dir.toString()), "", "sandbox", "--host", "0.0.0.0");
        assertThat(r.exit()).as("the CLI has no switch for it").isEqualTo(2);
        assertThat(r.err()).contains("--host");
    }
}
