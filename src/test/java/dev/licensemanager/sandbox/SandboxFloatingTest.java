package dev.licensemanager.sandbox;

import static dev.licensemanager.sandbox.SandboxLicenseTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floating cloud licenses over real loopback HTTP: the pool of floating_users, activate and check take a seat,
 * floating_timeout frees it, borrowing holds it until borrowed_until, floating/release gives it back; and
 * device_licenses lists what a hardware ID holds, v2-signed.
 */
class SandboxFloatingTest {
    private final MutableClock clock = MutableClock.startingNow();
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"products\":[{\"id\":1,\"short_code\":\"fl\",\"name\":\"Floating\"},"
                + "{\"id\":2,\"short_code\":\"nl\",\"name\":\"Node-locked\"}],"
                + "\"licenses\":[{\"id\":1,\"product\":\"fl\",\"license_key\":\"FL-KEY-0001\",\"floating_cloud\":true,"
                + "\"floating_users\":2,\"floating_timeout\":30,\"can_borrow\":true,\"max_borrow_time\":24},"
                + "{\"id\":2,\"product\":\"nl\",\"license_key\":\"NL-KEY-0002\",\"max_activations\":2}],"
                + "\"devices\":[{\"license_id\":2,\"hardware_id\":\"pc-n\",\"active\":true}]}", StandardCharsets.UTF_8);
        server = SandboxServer.start(SandboxOptions.builder().seedFile(seed).clock(clock).build());
        client = new TestClient(server, clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> activate(String hw) {
        return client.post("activate_license", m("product", "fl", "license_key", "FL-KEY-0001", "hardware_id", hw));
    }

    private HttpResponse<String> check(String hw) {
        return client.get("check_license", m("product", "fl", "license_key", "FL-KEY-0001", "hardware_id", hw));
    }

    private HttpResponse<String> release(String hw) {
        return client.post("floating/release", m("product", "fl", "license_key", "FL-KEY-0001", "hardware_id", hw,
                "license_id", 1));
    }

    private HttpResponse<String> list(String hw) {
        return client.get("device_licenses", m("hardware_id", hw));
    }

    @Test
    void thePoolHoldsFloatingUsersSeatsAndReleaseGivesOneBack() {
        assertThat(activate("pc-a").statusCode()).isEqualTo(200);
        HttpResponse<String> c = check("pc-b"); // a check takes a seat, as LicenseSpring does
        assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
        assertThat(TestClient.tree(c).path("floating_in_use_devices").asInt()).isEqualTo(2);
        assertThat(TestClient.code(activate("pc-c"))).isEqualTo(SandboxBehaviour.FLOATING_FULL_CODE);

        HttpResponse<String> r = release("pc-a");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("LicenseSignature")).isEmpty();
        assertThat(server.activeHardwareIds(1)).containsExactly("pc-b");
        assertThat(activate("pc-c").statusCode()).isEqualTo(200);
        assertThat(TestClient.code(release("pc-a"))).isEqualTo(SandboxBehaviour.RELEASE_NOT_HELD_CODE);
    }

    @Test
    void aSeatLapsesAfterTheTimeoutUnlessChecked() {
        assertThat(activate("pc-a").statusCode()).isEqualTo(200);
        assertThat(activate("pc-b").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(20));
        assertThat(check("pc-a").statusCode()).isEqualTo(200); // refreshes pc-a only
        clock.advance(Duration.ofMinutes(15));
        // pc-b's last check is 35 min ago: its seat is free again; pc-a's (15 min) is still held.
        assertThat(TestClient.tree(list("pc-b"))).isEmpty();
        assertThat(TestClient.tree(list("pc-a"))).hasSize(1);
        assertThat(activate("pc-c").statusCode()).isEqualTo(200);
        assertThat(TestClient.code(release("pc-b"))).isEqualTo(SandboxBehaviour.RELEASE_NOT_HELD_CODE);
    }

    @Test
    void borrowingHoldsTheSeatUntilBorrowedUntilAndReleaseEndsItEarly() {
        String until = clock.instant().plus(Duration.ofHours(10)).toString();
        HttpResponse<String> b = client.post("floating/borrow", m("product", "fl", "license_key", "FL-KEY-0001",
                "hardware_id", "pc-a", "borrowed_until", until));
        assertThat(b.statusCode()).as(b.body()).isEqualTo(200);
        assertThat(b.headers().firstValue("LicenseSignature")).isPresent();
        assertThat(TestClient.tree(b).path("is_borrowed").asBoolean()).isTrue();
        clock.advance(Duration.ofHours(5)); // far beyond the 30-minute timeout, but borrowed
        JsonNode l = TestClient.tree(list("pc-a"));
        assertThat(l).hasSize(1);
        assertThat(l.get(0).path("is_borrowed").asBoolean()).isTrue();
        assertThat(l.get(0).path("borrowed_until").asText()).startsWith(until.substring(0, 16));
        assertThat(release("pc-a").statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(list("pc-a"))).isEmpty();

        String tooLong = clock.instant().plus(Duration.ofHours(25)).toString();
        assertThat(TestClient.code(client.post("floating/borrow", m("product", "fl", "license_key", "FL-KEY-0001",
                "hardware_id", "pc-a", "borrowed_until", tooLong)))).isEqualTo("borrow_until_not_valid");
    }

    @Test
    void deviceLicensesListsWhatTheHardwareIdHoldsSignedV2() throws Exception {
        assertThat(activate("pc-n").statusCode()).isEqualTo(200);
        HttpResponse<String> r = list("pc-n");
        assertThat(r.statusCode()).isEqualTo(200);
        String sig = r.headers().firstValue("LicenseSignature").orElseThrow();
        assertThat(TestClient.verify(server.publicKeyPem(), r.body().getBytes(StandardCharsets.UTF_8), sig)).isTrue();
        JsonNode l = TestClient.tree(r);
        assertThat(l).hasSize(2);
        JsonNode fl = l.get(0).path("id").asLong() == 1 ? l.get(0) : l.get(1);
        assertThat(fl.path("is_floating_cloud").asBoolean()).isTrue();
        assertThat(fl.path("floating_users").asInt()).isEqualTo(2);
        assertThat(fl.path("floating_timeout").asInt()).isEqualTo(30);
        assertThat(fl.path("license_key").asText()).isEqualTo("FL-KEY-0001");
        assertThat(fl.path("product_details").path("short_code").asText()).isEqualTo("fl");
        assertThat(TestClient.tree(list("nobody"))).isEmpty();
        assertThat(TestClient.code(client.get("device_licenses", m()))).isEqualTo("missing_hardware_id");
        assertThat(TestClient.code(client.get("device_licenses", m("hardware_id", "x", "product", "fl"))))
                .isEqualTo("validation_error");
    }

    @Test
    void releaseRefusesAPasswordAndANodeLockedLicense() {
        assertThat(activate("pc-a").statusCode()).isEqualTo(200);
        assertThat(TestClient.code(client.post("floating/release", m("product", "fl", "license_key", "FL-KEY-0001",
                "hardware_id", "pc-a", "password", "x")))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.post("floating/release", m("product", "nl", "license_key", "NL-KEY-0002",
                "hardware_id", "pc-n")))).isEqualTo(SandboxBehaviour.NOT_FLOATING_CODE);
        assertThat(server.activeHardwareIds(2)).contains("pc-n");
    }
}
