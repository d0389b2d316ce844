package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each injected fault, switched on through the admin endpoint or the facade. */
class SandboxFaultTest {
    private static final String HW = "hw-fault";
    @RegisterExtension
    final RunningSandbox sandbox = RunningSandbox.thisMachine(HW);
    private final SandboxServer server = sandbox.server;
    private final TestClient client = sandbox.client;

    private Map<String, Object> deactivation() {
        return m("product", "demo-key", "license_key", "DEMO-KEY-1111-2222", "hardware_id", HW);
    }

    private HttpResponse<String> admin(String method, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sandbox/faults"));
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        return client.send(b.build());
    }

    @Test
    void adminEndpointSetsListsAndClearsFaults() {
        HttpResponse<String> set = admin("POST", "{\"endpoint\":\"deactivate_license\",\"type\":\"status\",\"status\":503,\"times\":1}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(admin("GET", null))).hasSize(1);
        assertThat(admin("POST", "{\"endpoint\":\"x\",\"type\":\"nonsense\"}").statusCode()).isEqualTo(400);
        assertThat(client.post("deactivate_license", deactivation()).statusCode()).isEqualTo(503);
        assertThat(client.post("deactivate_license", deactivation()).statusCode()).as("times=1 is spent").isEqualTo(200);
        admin("POST", "{\"endpoint\":\"*\",\"type\":\"status\",\"status\":500}");
        assertThat(client.get("product_details", m("product", "demo-key")).statusCode()).isEqualTo(500);
        assertThat(TestClient.tree(admin("DELETE", null))).isEmpty();
        assertThat(client.get("product_details", m("product", "demo-key")).statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheAnswer() {
        server.faults().set(FaultSpec.of("product_details", "latency").withDelayMs(400));
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.get("product_details", m("product", "demo-key"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void hangNeverAnswersAndChangesNothing() {
        server.faults().set(FaultSpec.of("deactivate_license", "hang"));
        HttpRequest req = client.api("deactivate_license").timeout(Duration.ofMillis(500))
                .POST(HttpRequest.BodyPublishers.ofString(TestClient.json(deactivation()))).build();
        assertThatThrownBy(() -> client.send(req)).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(server.activeHardwareIds(1001)).contains(HW);
    }

    @Test
    void serverErrorsAndRateLimitAnswerWithoutActing() {
        server.faults().set(FaultSpec.of("deactivate_license", "status").withStatus(500).withTimes(1));
        HttpResponse<String> e500 = client.post("deactivate_license", deactivation());
        assertThat(e500.statusCode()).isEqualTo(500);
        assertThat(TestClient.code(e500)).isEqualTo("internal_error");

        server.faults().set(FaultSpec.of("deactivate_license", "status").withStatus(502).withTimes(1));
        HttpResponse<String> e502 = client.post("deactivate_license", deactivation());
        assertThat(e502.statusCode()).isEqualTo(502);
        assertThat(e502.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");

        server.faults().set(FaultSpec.of("deactivate_license", "status").withStatus(503).withRetryAfterSeconds(7).withTimes(1));
        HttpResponse<String> e503 = client.post("deactivate_license", deactivation());
        assertThat(e503.statusCode()).isEqualTo(503);
        assertThat(e503.headers().firstValue("Retry-After")).hasValue("7");

        server.faults().set(FaultSpec.of("deactivate_license", "rate_limit").withRetryAfterSeconds(3).withTimes(1));
        HttpResponse<String> e429 = client.post("deactivate_license", deactivation());
        assertThat(e429.statusCode()).isEqualTo(429);
        assertThat(e429.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(TestClient.code(e429)).isEqualTo(SandboxBehaviour.RATE_LIMIT_CODE);

        assertThat(server.activeHardwareIds(1001)).contains(HW);
        assertThat(client.post("deactivate_license", deactivation()).body()).isEqualTo("license_deactivated");
    }

    @Test
    void connectionResetMidBody() {
        server.faults().set(FaultSpec.of("activate_license", "reset").withTimes(1));
        assertThatThrownBy(() -> client.post("activate_license", m("product", "demo-key", "license_key",
                "DEMO-UNUSED-0001", "hardware_id", "pc-r"))).isInstanceOf(UncheckedIOException.class);
        assertThat(server.activeHardwareIds(1006)).as("the action ran; only the answer broke").containsExactly("pc-r");
    }

    @Test
    void lostResponseActsThenDropsTheConnection() {
        server.faults().set(FaultSpec.of("deactivate_license", "lost_response").withTimes(1));
        assertThatThrownBy(() -> client.post("deactivate_license", deactivation())).isInstanceOf(UncheckedIOException.class);
        assertThat(server.activeHardwareIds(1001)).as("the seat was really freed").doesNotContain(HW);
        HttpResponse<String> retry = client.post("deactivate_license", deactivation());
        assertThat(TestClient.code(retry)).isEqualTo("device_not_found");
    }

    @Test
    void malformedAndHtmlBodies() {
        server.faults().set(FaultSpec.of("check_license", "malformed").withTimes(1));
        HttpResponse<String> bad = client.get("check_license", deactivation());
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> TestClient.tree(bad)).isInstanceOf(UncheckedIOException.class);

        server.faults().set(FaultSpec.of("deactivate_license", "html").withTimes(1));
        HttpResponse<String> html = client.post("deactivate_license", deactivation());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("<html").doesNotContain("license_deactivated");
        assertThat(server.activeHardwareIds(1001)).contains(HW);
    }

    @Test
    void skewedDateHeaderAndClock() {
        server.faults().set(FaultSpec.of("deactivate_license", "skew_date").withSkewSeconds(7200).withTimes(1));
        HttpResponse<String> r = client.post("deactivate_license", deactivation());
        assertThat(TestClient.code(r)).isEqualTo("date_header_diff");
        ZonedDateTime date = ZonedDateTime.parse(r.headers().firstValue("Date").orElseThrow(), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(Duration.between(ZonedDateTime.now(), date).toMinutes()).isBetween(115L, 125L);
        assertThat(r.headers().firstValue(FaultResponder.SKEWED_DATE_HEADER)).isEmpty();
    }

    @Test
    void seedFaultsSectionIsApplied() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lm-seed");
        java.nio.file.Path seed = dir.resolve("seed.json");
        java.nio.file.Files.writeString(seed, """
                {"products":[{"short_code":"p","name":"P","authorization_method":"license-key"}],
                 "licenses":[{"id":1,"product":"p","license_key":"K","max_activations":1}],
                 "faults":[{"endpoint":"activate_license","type":"status","status":503,"times":1}]}
                """);
        try (SandboxServer s = SandboxServer.start(SandboxOptions.builder().seedFile(seed).build())) {
            TestClient c = new TestClient(s);
            Map<String, Object> act = m("product", "p", "license_key", "K", "hardware_id", "h");
            assertThat(c.post("activate_license", act).statusCode()).isEqualTo(503);
            assertThat(c.post("activate_license", act).statusCode()).isEqualTo(200);
        }
    }
}
