package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeMapper;
import dev.licensemanager.service.OutcomeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lost responses: for each fault point, what the tool reports must agree with what the sandbox really
 * did. Reported success implies the seat is free; a seat still held implies no success was reported; a seat
 * freed without a success report must at least be flagged "the server may have acted".
 */
class FaultLostResponseTest {
    private static final long LICENSE = 1;
    private static final String KEY = "LR-KEY-0000-0001";
    private static final int DEVICES = 40;
    private static SandboxServer sandbox;
    private static int next;
    private static final Map<String, Integer> FIG = new LinkedHashMap<>();
    private static final List<String> CHECKED = new ArrayList<>();
    private static final OutcomeText WORDS = new OutcomeText(Locale.getDefault());

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        StringBuilder devices = new StringBuilder();
        for (int i = 0; i < DEVICES; i++) {
            devices.append(i == 0 ? "" : ",").append("{\"license_id\":1,\"hardware_id\":\"lr-hw-").append(i)
                    .append("\",\"active\":").append(i < DEVICES - 5).append('}');
        }
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"products\":[{\"id\":1,\"short_code\":\"lr\",\"name\":\"Lost responses\"}],"
                + "\"licenses\":[{\"id\":1,\"product\":\"lr\",\"license_key\":\"" + KEY + "\",\"max_activations\":100}],"
                + "\"devices\":[" + devices + "]}");
        sandbox = SandboxServer.start(SandboxOptions.builder().seedFile(seed).build());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        FIG.put("fault_points_checked_both_directions", CHECKED.size());
        ReliabilityKit.figure("lost-responses", FIG);
    }

    private static String freshActiveDevice() {
        String hw = "lr-hw-" + next++;
        assertThat(sandbox.activeHardwareIds(LICENSE)).as("precondition").contains(hw);
        return hw;
    }

    private static Outcome run(String hw) {
        ClientSettings s = ReliabilityKit.fastSettings(sandbox).withMaxAttempts(3);
        return ReliabilityKit.service(s).deactivate(DeactivationInput.licenseKey("lr", hw, KEY), new Cancellation());
    }

    /** One fault point: set the fault, deactivate, compare the report with the sandbox's real state. */
    private static Outcome point(String name, FaultSpec fault, boolean expectFreed) {
        String hw = freshActiveDevice();
        sandbox.faults().set(fault);
        Outcome o;
        try {
            o = run(hw);
        } finally {
            sandbox.faults().clear();
        }
        boolean freed = !sandbox.activeHardwareIds(LICENSE).contains(hw);
        assertThat(freed).as(name + ": seat freed? outcome " + o).isEqualTo(expectFreed);
        assertAgrees(name, o, freed);
        return o;
    }

    private static void assertAgrees(String name, Outcome o, boolean freed) {
        if (o.success()) {
            assertThat(freed).as(name + ": success reported but the seat is still held: " + o).isTrue();
        } else if (freed) {
            assertThat(o.detail()).as(name + ": seat freed but the failure does not say the server may have acted: " + o)
                    .contains(OutcomeMapper.MAY_HAVE_ACTED);
        } else if (!List.of("network_read_timeout", "network_reset").contains(o.code())) {
            // An answer came back (or nothing was sent): the tool knows the server did not act, so no hint.
            // After a lost answer the hint is the truth (the tool cannot know), so it is allowed there.
            assertThat(o.detail()).as(name + ": nothing happened, so no 'may have acted' hint: " + o)
                    .doesNotContain(OutcomeMapper.MAY_HAVE_ACTED);
        }
        CHECKED.add(name);
    }

    // ------------------------------------------------ after the server acted

    /**
     * The server acted, then closed the connection before any answer byte. From the client's side that is the same
     * as a server that never read the request: nothing proves it acted, so the retry's device_not_found is not
     * "freed", but "already inactive" with the note that our first request may have freed the seat.
     */
    @Test
    void lostResponseOnceIsAlreadyInactiveWithTheMayHaveFreedNote() {
        Outcome o = point("lost_response x1", FaultSpec.of("deactivate_license", "lost_response").withTimes(1), true);
        assertThat(o.kind()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(o.confirmedOnRetry()).isFalse();
        assertThat(o.attempts()).isEqualTo(2);
    }

    /** A 200 whose body was cut off: the server said it acted, so the retry's device_not_found confirms it. */
    @Test
    void resetMidBodyOnceIsSuccessConfirmedOnRetry() {
        Outcome o = point("reset x1", FaultSpec.of("deactivate_license", "reset").withTimes(1), true);
        assertThat(o.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(o.confirmedOnRetry()).isTrue();
        assertThat(o.detail()).contains("attempt 1: HTTP 200 began");
    }

    @Test
    void everyResponseLostIsNotSuccessButSaysTheServerMayHaveActed() {
        Outcome o = point("lost_response always", FaultSpec.of("deactivate_license", "lost_response"), true);
        assertThat(o.success()).isFalse();
        assertThat(o.kind()).isEqualTo(OutcomeKind.NETWORK);
    }

    @Test
    void garbledSuccessBodyIsNotSuccessButSaysTheServerMayHaveActed() {
        Outcome o = point("malformed x1", FaultSpec.of("deactivate_license", "malformed").withTimes(1), true);
        assertThat(o.success()).isFalse();
    }

    @Test
    void slowServerThatWouldActLateIsOvertakenByTheRetryWhichFreesTheSeat() {
        // The first request would act after 3 s (client read timeout 1 s); the retry comes at about 1.25 s, frees
        // the seat and says so. The late first request then finds nothing to do.
        Outcome o = point("latency x1", FaultSpec.of("deactivate_license", "latency").withDelayMs(3000).withTimes(1),
                true);
        assertThat(o.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(o.confirmedOnRetry()).as("the retry itself freed it").isFalse();
    }

    // ------------------------------------------------ before the server acted

    @Test
    void hangBeforeActingOnceThenTheRetryActs() {
        Outcome o = point("hang x1", FaultSpec.of("deactivate_license", "hang").withDelayMs(3000).withTimes(1), true);
        assertThat(o.kind()).isEqualTo(OutcomeKind.DEACTIVATED);
    }

    @Test
    void hangBeforeActingAlwaysIsNeverSuccess() {
        Outcome o = point("hang always", FaultSpec.of("deactivate_license", "hang").withDelayMs(3000), false);
        assertThat(o.code()).isEqualTo("network_read_timeout");
    }

    @Test
    void status503AlwaysIsNeverSuccess() {
        Outcome o = point("503 always", FaultSpec.of("deactivate_license", "status").withStatus(503), false);
        assertThat(o.kind()).isEqualTo(OutcomeKind.SERVER_ERROR);
    }

    @Test
    void status500And503OnceThenTheRetryActs() {
        assertThat(point("500 x1", FaultSpec.of("deactivate_license", "status").withStatus(500).withTimes(1), true)
                .confirmedOnRetry()).as("a 500 is an answer, not a lost response").isFalse();
        assertThat(point("503 x1", FaultSpec.of("deactivate_license", "status").withStatus(503).withTimes(1), true)
                .success()).isTrue();
    }

    @Test
    void rateLimitAlwaysIsNeverSuccess() {
        point("429 always", FaultSpec.of("deactivate_license", "rate_limit").withRetryAfterSeconds(0), false);
    }

    @Test
    void htmlCaptivePortalIsNeverSuccess() {
        point("captive portal", FaultSpec.of("deactivate_license", "html"), false);
    }

    @Test
    void connectionRefusedNeverReachesTheServer() throws Exception {
        String hw = freshActiveDevice();
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ClientSettings s = ReliabilityKit.fastSettings("http://127.0.0.1:" + port, sandbox.apiKey(), sandbox.sharedKey(),
                sandbox.publicKeyPem());
        Outcome o = ReliabilityKit.service(s).deactivate(DeactivationInput.licenseKey("lr", hw, KEY), new Cancellation());
        boolean freed = !sandbox.activeHardwareIds(LICENSE).contains(hw);
        assertThat(freed).isFalse();
        assertThat(o.code()).isEqualTo("network_refused");
        assertAgrees("refused", o, freed);
    }

    /**
     * A device that was already inactive, and a first attempt that hangs and never acts. The retry's
     * device_not_found must not become "freed, confirmed on retry": our request never freed anything, and the same
     * answer would follow for a device activated with another hardware ID, whose seat is still held. The right
     * answer: already inactive (exit 3), not confirmed, with the note that the first request may have reached the
     * server (the tool cannot know it did not).
     */
    @Test
    void alreadyInactiveDeviceBehindAHangIsReportedAsFree() {
        String hw = "lr-hw-" + (DEVICES - 1); // seeded inactive
        assertThat(sandbox.activeHardwareIds(LICENSE)).doesNotContain(hw);
        sandbox.faults().set(FaultSpec.of("deactivate_license", "hang").withDelayMs(3000).withTimes(1));
        Outcome o;
        try {
            o = run(hw);
        } finally {
            sandbox.faults().clear();
        }
        assertThat(sandbox.activeHardwareIds(LICENSE)).doesNotContain(hw);
        assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(o.exitCode()).isEqualTo(3);
        assertThat(o.success()).isFalse();
        assertThat(o.confirmedOnRetry()).isFalse();
        assertThat(o.detail()).contains(OutcomeMapper.MAY_HAVE_ACTED).contains("READ_TIMEOUT after the request was written");
        assertAgrees("already inactive behind hang", o, true);
        // Without a fault the same device is plainly "already inactive".
        assertThat(run(hw).kind()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
    }

    @Test
    void theCliReportsTheSameAsTheServiceForACutOffSuccess() throws Exception {
        String hw = freshActiveDevice();
        sandbox.faults().set(FaultSpec.of("deactivate_license", "reset").withTimes(1));
        try {
            CliRun r = ReliabilityKit.cli(ReliabilityKit.cliEnv(dir.resolve("cli"), sandbox), "", "deactivate",
                    "--product", "lr", "--license-key", KEY, "--hardware-id", hw, "--json");
            assertThat(r.exit()).as(r.all()).isZero();
            assertThat(r.json().get("confirmed_on_retry").asBoolean()).isTrue();
            assertThat(r.json().get("message").asText()).contains(WORDS.get("outcome.DEACTIVATED.retry"));
        } finally {
            sandbox.faults().clear();
        }
        assertThat(sandbox.activeHardwareIds(LICENSE)).doesNotContain(hw);
        CHECKED.add("reset x1 (cli)");
    }

    @Test
    void theCliReportsTheSameAsTheServiceForALostResponse() throws Exception {
        String hw = freshActiveDevice();
        sandbox.faults().set(FaultSpec.of("deactivate_license", "lost_response").withTimes(1));
        try {
            CliRun r = ReliabilityKit.cli(ReliabilityKit.cliEnv(dir.resolve("cli-lost"), sandbox), "", "deactivate",
                    "--product", "lr", "--license-key", KEY, "--hardware-id", hw, "--json");
            assertThat(r.exit()).as(r.all()).isEqualTo(3);
            assertThat(r.json().get("confirmed_on_retry").asBoolean()).isFalse();
            assertThat(r.json().get("message").asText())
                    .contains(WORDS.get("outcome.ALREADY_INACTIVE.mayHaveActed"))
                    .doesNotContain(WORDS.get("outcome.DEACTIVATED.retry"));
        } finally {
            sandbox.faults().clear();
        }
        assertThat(sandbox.activeHardwareIds(LICENSE)).doesNotContain(hw);
        CHECKED.add("lost_response x1 (cli)");
    }
}
