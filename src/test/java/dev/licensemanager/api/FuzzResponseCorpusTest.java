package dev.licensemanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad server responses: a generated corpus of malformed answers served over loopback to every client
 * endpoint (and the OAuth token endpoint). For each: nothing escapes, the outcome names what was wrong in
 * bounded, printable words, and oversized bodies are cut at the 1 MB cap.
 */
class FuzzResponseCorpusTest {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\u200d]]");

    private MockWebServer server;

    record Case(String name, MockResponse response) {
    }

    private volatile MockResponse current;

    @BeforeEach
    void start() throws Exception {
        server = ApiTestSupport.start();
        // The case under test answers; behind an OAuth token that was accepted, the API answers a plain error.
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                boolean apiBehindToken = oauthMode && !request.getUrl().encodedPath().equals("/token");
                return apiBehindToken ? text(400, "application/json", "{\"code\":\"license_not_found\"}") : current;
            }
        });
    }

    private volatile boolean oauthMode;

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse body(int status, String contentType, byte[] body) {
        MockResponse.Builder b = new MockResponse.Builder().code(status).body(new Buffer().write(body));
        if (contentType != null) {
            b.setHeader("Content-Type", contentType);
        }
        return b.build();
    }

    private static MockResponse text(int status, String contentType, String body) {
        return body(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static MockResponse signed(String json, String signature) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .addHeaderLenient("LicenseSignature", signature).body(json).build();
    }

    private static String sig(String json) {
        return ApiTestSupport.sign(json.getBytes(StandardCharsets.UTF_8), ApiTestSupport.KEYS.getPrivate());
    }

    /** Malformed answers any endpoint may meet. */
    static List<Case> generic() {
        List<Case> c = new ArrayList<>();
        String huge = "x".repeat(1_200_000);
        String big = "y".repeat(200_000);
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String deepObj = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
        byte[] badUtf8 = {'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        byte[] badUtf8Text = {'l', 'i', 'c', (byte) 0xFE, (byte) 0xFF, 'e', (byte) 0x80};
        String html = "<!DOCTYPE html><html><head><title>Login</title></head><body>Sign in to Wi-Fi</body></html>";
        for (int status : new int[] {200, 400, 401, 500}) {
            String s = "s" + status + "_";
            c.add(new Case(s + "empty", text(status, "application/json", "")));
            c.add(new Case(s + "empty_no_type", text(status, null, "")));
            c.add(new Case(s + "html", text(status, "text/html", html)));
            c.add(new Case(s + "html_as_json", text(status, "application/json", html)));
            c.add(new Case(s + "array_for_object", text(status, "application/json", "[{\"code\":\"device_not_found\"}]")));
            c.add(new Case(s + "null", text(status, "application/json", "null")));
            c.add(new Case(s + "number", text(status, "application/json", "42")));
            c.add(new Case(s + "string", text(status, "application/json", "\"hello\"")));
            c.add(new Case(s + "truncated", text(status, "application/json", "{\"status\":400,\"code\":\"lic")));
            c.add(new Case(s + "trailing_garbage", text(status, "application/json", "{\"code\":\"x\"}{}")));
            c.add(new Case(s + "invalid_utf8", body(status, "application/json", badUtf8)));
            c.add(new Case(s + "invalid_utf8_text", body(status, "text/plain", badUtf8Text)));
            c.add(new Case(s + "deep_array", text(status, "application/json", deep)));
            c.add(new Case(s + "deep_object", text(status, "application/json", deepObj)));
            c.add(new Case(s + "over_cap", text(status, "application/json", "{\"message\":\"" + huge + "\"}")));
            c.add(new Case(s + "big_under_cap", text(status, "application/json", "{\"code\":\"x\",\"message\":\"" + big + "\"}")));
            c.add(new Case(s + "wrong_content_type", text(status, "image/png", "{\"code\":\"license_not_found\"}")));
            c.add(new Case(s + "binary", body(status, "application/octet-stream", new byte[] {0, 1, 2, (byte) 0x89, 'P', 'N', 'G'})));
            c.add(new Case(s + "bom", text(status, "application/json", "\uFEFF{\"code\":\"license_not_found\"}")));
            c.add(new Case(s + "nul_bytes", text(status, "application/json", "{\"code\":\"a\u0000b\"}")));
        }
        // Error bodies with hostile fields.
        String[] errors = {
            "{\"status\":400,\"code\":\"totally_new_code_2031\",\"message\":\"Something new.\"}",
            "{\"status\":400,\"code\":\"" + "c".repeat(10_000) + "\",\"message\":\"long code\"}",
            "{\"status\":400,\"code\":\"line1\\nINFO forged log line\\r\\n\",\"message\":\"m\"}",
            "{\"status\":400,\"code\":\"bidi\\u202egnp.exe\",\"message\":\"m\"}",
            "{\"status\":400,\"code\":\"ansi\\u001b[31mred\",\"message\":\"\\u001b[2Jclear\"}",
            "{\"status\":400,\"code\":17,\"message\":\"m\"}",
            "{\"status\":400,\"code\":null}",
            "{\"status\":400,\"code\":\"\"}",
            "{\"status\":400,\"code\":\"   \"}",
            "{\"status\":400,\"code\":[\"device_not_found\"]}",
            "{\"status\":400,\"code\":{\"x\":1}}",
            "{\"status\":\"four hundred\",\"code\":\"license_not_found\",\"message\":{\"nested\":true}}",
            "{\"status\":400,\"code\":\"license_not_found\",\"message\":\"" + "m".repeat(20_000) + "\"}",
            "{\"status\":400,\"code\":\"license_not_found\",\"message\":\"tab\\tnew\\nline\\u0007bell\\u202eRTL\"}",
            "{\"status\":400,\"code\":\"license_not_found\",\"message\":\"x\",\"extra\":[1,2,3],\"more\":{\"a\":null}}",
            "{\"code\":\"device_not_found\"}",
            "{\"status\":400,\"message\":\"no code at all\"}",
            "{\"status\":400,\"code\":\"LICENSE_NOT_FOUND\"}",
            "{\"status\":400,\"code\":\"d\\u0065vice_not_found\\u0000\"}",
            "{\"status\":400,\"code\":\"\\ud800\"}",
        };
        for (int i = 0; i < errors.length; i++) {
            c.add(new Case("error_" + i, text(400, "application/json", errors[i])));
        }
        c.add(new Case("429_garbage_retry_after", new MockResponse.Builder().code(429)
                .addHeaderLenient("Retry-After", "soon-ish \u00e9").body("{\"code\":\"too_many_requests\"}").build()));
        c.add(new Case("503_huge_retry_after", new MockResponse.Builder().code(503)
                .setHeader("Retry-After", "99999999999999999999").body("").build()));
        c.add(new Case("200_bad_date_header", new MockResponse.Builder().code(400)
                .setHeader("Date", "yesterday at noon").body("{\"code\":\"date_header_diff\"}").build()));
        c.add(new Case("200_gzip_lie", new MockResponse.Builder().code(200).setHeader("Content-Encoding", "gzip")
                .setHeader("Content-Type", "application/json").body("{\"not\":\"gzip\"}").build()));
        return c;
    }

    /** Answers for signed JSON endpoints: good shapes with bad signatures, bad shapes with good signatures. */
    static List<Case> signedJson(String goodJson, List<String> wrongShapes) {
        List<Case> c = new ArrayList<>();
        c.add(new Case("signed_ok_control", signed(goodJson, sig(goodJson))));
        c.add(new Case("sig_missing", text(200, "application/json", goodJson)));
        c.add(new Case("sig_garbage", signed(goodJson, "not base64 !!!")));
        c.add(new Case("sig_base64_junk", signed(goodJson, "AAAA")));
        c.add(new Case("sig_huge", signed(goodJson, "A".repeat(60_000))));
        c.add(new Case("sig_of_other_body", signed(goodJson, sig(goodJson + " "))));
        c.add(new Case("sig_control_chars", signed(goodJson, "abc\u007fdef")));
        c.add(new Case("extra_fields", signed(extra(goodJson), sig(extra(goodJson)))));
        for (int i = 0; i < wrongShapes.size(); i++) {
            String w = wrongShapes.get(i);
            c.add(new Case("shape_" + i, signed(w, sig(w))));
        }
        return c;
    }

    private static String extra(String json) {
        if (json.startsWith("[")) {
            return "[" + json.substring(1, json.length() - 1).replaceFirst("\\{", "{\"zz_extra\":{\"deep\":[1,2,{}]},")
                    + "]";
        }
        return "{\"zz_extra\":[1,\"two\",{\"three\":null}]," + json.substring(1);
    }

    /**
     * The only cases that are well-formed answers: the signed controls (also with unknown extra fields) and the
     * two spellings of the deactivation's plain-string answer. Every other case must come back as not success.
     */
    private static final java.util.Set<String> WELL_FORMED = java.util.Set.of("signed_ok_control", "extra_fields",
            "deact_json_string", "deact_padded");

    private Map<String, Integer> figures = new LinkedHashMap<>();
    private int tried;
    private int handled;
    private final List<String> failures = new ArrayList<>();

    /** Serves every case to one endpoint call and checks the result. */
    private <T> void runCorpus(String endpoint, List<Case> cases, Function<LicenseApiClient, ApiResult<T>> call,
                               boolean deactivation, ApiAuth auth) {
        for (Case k : cases) {
            current = k.response();
            oauthMode = auth != null;
            ClientSettings s = ApiTestSupport.settings(server).withMaxAttempts(1)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(8));
            if (auth != null) {
                s = new ClientSettings(s.baseUrl(), auth, s.publicKey(), true, s.connectTimeout(), s.readTimeout(),
                        s.attemptTimeout(), s.deadline(), 1, s.proxy(), null, s.clock());
            }
            LicenseApiClient client = new OkHttpLicenseApiClient(s);
            String label = endpoint + "/" + k.name();
            ApiResult<T> r;
            try {
                r = call.apply(client);
            } catch (Throwable t) {
                throw new AssertionError(label + ": an exception escaped the client", t);
            }
            tried++;
            assertThat(r).as(label).isNotNull();
            Outcome o;
            try {
                @SuppressWarnings("unchecked")
                ApiResult<String> asString = (ApiResult<String>) (ApiResult<?>) r;
                o = deactivation ? OutcomeMapper.fromDeactivation(asString)
                        : r instanceof ApiResult.Success<?> ? null : OutcomeMapper.fromFailure(r);
            } catch (Throwable t) {
                throw new AssertionError(label + ": an exception escaped the outcome mapping", t);
            }
            try {
                if (WELL_FORMED.contains(k.name())) {
                    assertThat(r).as(label + " control must succeed").isInstanceOf(ApiResult.Success.class);
                } else {
                    // A malformed answer is never a success: not "deactivated", not license facts, not a URL.
                    assertThat(r).as(label + ": a malformed answer was taken as success").isNotInstanceOf(
                            ApiResult.Success.class);
                    assertThat(o).as(label).isNotNull();
                    assertThat(o.success()).as(label + ": " + o).isFalse();
                    checkNamed(label, o, r);
                }
                handled++;
            } catch (AssertionError e) {
                failures.add(e.getMessage().strip());
            }
        }
    }

    private static void checkNamed(String label, Outcome o, ApiResult<?> r) {
        assertThat(o.kind()).as(label + ": " + o).isNotEqualTo(OutcomeKind.UNEXPECTED);
        assertThat(o.code()).as(label + ": code is a short printable token: " + o.code().length() + " chars")
                .matches(CODE);
        assertThat(o.detail().length() + o.serverMessage().length()).as(label + ": bounded words").isLessThan(2000);
        assertThat(UNPRINTABLE.matcher(o.detail()).find()).as(label + ": detail printable: " + o.detail()).isFalse();
        assertThat(UNPRINTABLE.matcher(o.serverMessage()).find()).as(label + ": message printable: " + o.serverMessage())
                .isFalse();
        if (r instanceof ApiResult.ProtocolError<?> p) {
            assertThat(o.detail()).as(label + " says what came back").contains(p.problem().name());
            assertThat(p.snippet().length()).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void everyEndpointSurvivesTheCorpus() throws Exception {
        DeactivateRequest deact = DeactivateRequest.of("p", "hw", new Identity.LicenseKey("K-1"));
        List<Case> deactCases = new ArrayList<>(generic());
        deactCases.add(new Case("deact_json_string", text(200, "application/json", "\"license_deactivated\"")));
        deactCases.add(new Case("deact_padded", text(200, "text/plain", "  license_deactivated \n")));
        deactCases.add(new Case("deact_other_word", text(200, "text/plain", "license_activated")));
        deactCases.add(new Case("deact_case", text(200, "text/plain", "LICENSE_DEACTIVATED")));
        deactCases.add(new Case("deact_object", text(200, "application/json", "{\"result\":\"license_deactivated\"}")));
        runCorpus("deactivate_license", deactCases, c -> c.deactivate(deact, Cancellation.none()), true, null);
        runCorpus("deactivate_bundle", generic(), c -> c.deactivate(deact.asBundle(), Cancellation.none()), true, null);
        runCorpus("deactivate_offline", generic(), c -> c.deactivateOffline("eyJhIjoxfQ==", Cancellation.none()), true,
                null);

        List<Case> check = new ArrayList<>(generic());
        check.addAll(signedJson("{\"id\":1001,\"license_type\":\"perpetual\",\"license_active\":true,"
                + "\"license_enabled\":true,\"is_expired\":false,\"times_activated\":1,\"max_activations\":3}", List.of(
                "{\"id\":\"1001\"}", "{\"id\":1.5}", "{\"license_active\":\"yes\"}", "{\"times_activated\":99999999999}",
                "{\"max_activations\":-1,\"transfer_count\":\"many\"}", "{\"validity_period\":[2030]}", "{}",
                "{\"id\":null,\"license_type\":null}", "{\"license_type\":\"" + "t".repeat(100_000) + "\"}",
                "[{\"id\":1}]", "{\"is_expired\":1}")));
        runCorpus("check_license", check, c -> c.checkLicense(new CheckRequest("p", "hw", new Identity.LicenseKey("K-1"),
                null), Cancellation.none()), false, null);

        Identity user = new Identity.User("alice@example.com", Secret.of("pw"));
        List<Case> ul = new ArrayList<>(generic());
        ul.addAll(signedJson("[{\"license\":{\"id\":2001,\"license_type\":\"perpetual\",\"license_active\":true},"
                + "\"user\":{\"email\":\"alice@example.com\"}}]", List.of(
                "{\"license\":{\"id\":1}}", "[{\"license\":null}]", "[{\"license\":{}}]", "[{\"license\":{\"id\":\"x\"}}]",
                "[1,2,3]", "[{\"license\":{\"id\":1},\"user\":\"alice\"}]", "[null]", "[{\"license\":[{\"id\":1}]}]")));
        runCorpus("user_licenses", ul, c -> c.userLicenses("p", user, Cancellation.none()), false, null);

        List<Case> pd = new ArrayList<>(generic());
        pd.addAll(signedJson("{\"product_name\":\"P\",\"short_code\":\"p\",\"authorization_method\":\"license-key\"}",
                List.of("{\"product_name\":7}", "{\"authorization_method\":{}}", "[]", "{\"short_code\":true}")));
        runCorpus("product_details", pd, c -> c.productDetails("p", Cancellation.none()), false, null);

        List<Case> sso = new ArrayList<>(generic());
        sso.addAll(signedJson("{\"url\":\"https://sso.example.com/login\"}", List.of("{}", "{\"url\":42}",
                "{\"url\":\"javascript:alert(1)\"}", "{\"url\":\"file:///etc/passwd\"}", "{\"url\":\"\"}",
                "{\"url\":\"https://x\\n.example.com\"}")));
        runCorpus("sso_url", sso, c -> c.ssoUrl("p", "corp", "code", null, Cancellation.none()), false, null);

        // The OAuth token endpoint: the first request of every call goes there.
        List<Case> token = new ArrayList<>(generic());
        for (String t : new String[] {"{\"access_token\":\"\"}", "{\"access_token\":\"a\\nb\",\"expires_in\":60}",
            "{\"access_token\":\"tok\",\"expires_in\":9223372036854775807}",
            "{\"access_token\":\"tok\",\"expires_in\":-9223372036854775808}",
            "{\"access_token\":\"tok\",\"expires_in\":\"soon\"}", "{\"access_token\":42}",
            "{\"error\":\"" + "e".repeat(5000) + "\",\"error_description\":\"" + "d".repeat(50_000) + "\"}",
            "{\"error\":\"bad\\u001b[31m\\nx\",\"error_description\":\"line\\nbreak\\u202e\"}",
            "{\"access_token\":\"t\\u00e9\\u202e\"}", "{\"access_token\":\"" + "a".repeat(20_000) + "\"}"}) {
            token.add(new Case("token_" + token.size(), text(200, "application/json", t)));
        }
        ApiAuth oauth = new ApiAuth.OAuthClient("cid", Secret.of("csecret"), ApiTestSupport.base(server) + "/token");
        runCorpus("oauth_token", token, c -> c.productDetails("p", Cancellation.none()), false, oauth);

        assertThat(failures).as(failures.size() + " cases not handled").isEmpty();
        figures.put("malformed_responses_tried", tried);
        figures.put("malformed_responses_handled", handled);
        writeFigures(figures);
        assertThat(tried).isGreaterThanOrEqualTo(200);
    }

    private static void writeFigures(Map<String, Integer> values) throws java.io.IOException {
        Path dir = Path.of("target", "reliability-figures");
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        values.forEach((k, v) -> lines.add(k + "=" + v));
        Files.write(dir.resolve("responses.properties"), lines);
    }
}
