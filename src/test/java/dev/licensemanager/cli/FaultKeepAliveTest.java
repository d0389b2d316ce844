package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeMapper;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.testsupport.KeepAliveServer;
import dev.licensemanager.testsupport.KeepAliveServer.Answer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keep-alive connections that the server has already closed, against a loopback server with real keep-alive
 * behaviour ({@link KeepAliveServer}), through the service and through the CLI. "Sent" must mean the server
 * received it: a request written into a dead pooled connection never reached the server, so it must neither count
 * as an attempt nor make the tool say "reached the server"; OkHttp must not re-send anything behind the count.
 */
class FaultKeepAliveTest {
    private static final String ENDPOINT = "deactivate_license";
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final OutcomeText WORDS = new OutcomeText(Locale.getDefault());

    @TempDir
    static Path dir;

    @AfterAll
    static void figures() {
        Map<String, Integer> fig = new LinkedHashMap<>();
        fig.put("keep_alive_cases_tried", TRIED.get());
        fig.put("keep_alive_cases_attempts_match_server", CHECKED.get());
        ReliabilityKit.figure("keep-alive", fig);
    }

    private static Outcome viaService(KeepAliveServer server) {
        var s = ReliabilityKit.fastSettings(server.url(), "api-key", "shared-key", null).withMaxAttempts(4);
        return ReliabilityKit.service(s).deactivate(DeactivationInput.licenseKey("p", "hw-keep-alive", "K-0001"),
                new Cancellation());
    }

    private static CliRun viaCli(KeepAliveServer server, String name) throws Exception {
        return ReliabilityKit.cli(ReliabilityKit.cliEnv(dir.resolve(name), server.url(), "api-key", "shared-key", null,
                null), "", "deactivate", "--product", "p", "--license-key", "K-0001", "--hardware-id", "hw-keep-alive",
                "--json");
    }

    /** The count the tool reports is the count of requests the server really received. */
    private static void attemptsMatchServer(String name, int reported, KeepAliveServer server) {
        TRIED.incrementAndGet();
        assertThat(reported).as(name + ": attempts reported vs deactivations the server received")
                .isEqualTo(server.requests(ENDPOINT).size());
        CHECKED.incrementAndGet();
    }

    // --------------------------------------------- an HTML 502 from a server that closes after every answer

    private static KeepAliveServer closingBadGateway(boolean http10) throws Exception {
        Answer a = Answer.html(502).thenClose();
        return KeepAliveServer.start(0, http10 ? a.overHttp10() : a);
    }

    private static void assertServerProblemNotLostAnswer(String name, Outcome o, KeepAliveServer server) {
        assertThat(o.kind()).as(name + ": " + o).isEqualTo(OutcomeKind.SERVER_ERROR);
        assertThat(o.exitCode()).isEqualTo(8);
        assertThat(o.code()).isEqualTo("http_502");
        assertThat(o.detail()).as(name + ": every answer arrived; nothing was lost")
                .doesNotContain(OutcomeMapper.MAY_HAVE_ACTED);
        assertThat(o.attempts()).isEqualTo(4);
        attemptsMatchServer(name, o.attempts(), server);
        assertThat(server.connections()).as(name + ": each attempt on a new connection").isEqualTo(4);
        assertThat(o.detail()).as(name + ": the details say what happened on each attempt")
                .contains("attempt 1: HTTP 502").contains("attempt 4: HTTP 502")
                .contains("connection the server had already closed");
    }

    @Test
    void htmlBadGatewayOverHttp10ThatClosesIsAServerProblemNotALostAnswer() throws Exception {
        try (KeepAliveServer server = closingBadGateway(true)) {
            assertServerProblemNotLostAnswer("502 HTTP/1.0 (service)", viaService(server), server);
        }
    }

    @Test
    void htmlBadGatewayWithoutConnectionCloseIsAServerProblemNotALostAnswer() throws Exception {
        try (KeepAliveServer server = closingBadGateway(false)) {
            assertServerProblemNotLostAnswer("502 no Connection: close (service)", viaService(server), server);
        }
    }

    @Test
    void htmlBadGatewayThroughTheCliExitsEightWithoutSayingTheRequestReachedTheServer() throws Exception {
        try (KeepAliveServer server = closingBadGateway(true)) {
            CliRun r = viaCli(server, "cli-502");
            assertThat(r.exit()).as(r.all()).isEqualTo(8);
            assertThat(r.json().get("outcome").asText()).isEqualTo("server_error");
            assertThat(r.json().get("message").asText()).doesNotContain(WORDS.get("outcome.mayHaveActed"));
            assertThat(r.json().get("detail").asText()).doesNotContain(OutcomeMapper.MAY_HAVE_ACTED);
            attemptsMatchServer("502 HTTP/1.0 (cli)", r.json().get("attempts").asInt(), server);
        }
    }

    // --------------------------------------------- the server closed the idle connection; the retry: device_not_found

    /** First answer 503 (connection kept), the server then closes the idle connection before the retry reuses it. */
    private static KeepAliveServer idleCloseThenDeviceNotFound() throws Exception {
        return KeepAliveServer.start(200, Answer.html(503).header("Retry-After", "1"), Answer.deviceNotFound());
    }

    private static void assertAlreadyInactiveNotFreed(String name, Outcome o, KeepAliveServer server) {
        assertThat(o.kind()).as(name + ": never registered, so never freed by us: " + o)
                .isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(o.success()).isFalse();
        assertThat(o.confirmedOnRetry()).isFalse();
        assertThat(o.detail()).doesNotContain(OutcomeMapper.MAY_HAVE_ACTED);
        assertThat(o.attempts()).isEqualTo(2);
        attemptsMatchServer(name, o.attempts(), server);
        assertThat(server.idleCloses()).as(name + ": the server really closed the idle connection").isPositive();
    }

    @Test
    void deviceNotFoundAfterAWriteIntoAClosedIdleConnectionIsNotAFreedSeat() throws Exception {
        try (KeepAliveServer server = idleCloseThenDeviceNotFound()) {
            assertAlreadyInactiveNotFreed("idle close (service)", viaService(server), server);
        }
    }

    @Test
    void deviceNotFoundAfterAWriteIntoAClosedIdleConnectionThroughTheCliExitsThree() throws Exception {
        try (KeepAliveServer server = idleCloseThenDeviceNotFound()) {
            CliRun r = viaCli(server, "cli-idle");
            assertThat(r.exit()).as(r.all()).isEqualTo(3);
            assertThat(r.json().get("outcome").asText()).isEqualTo("already_inactive");
            assertThat(r.json().get("confirmed_on_retry").asBoolean()).isFalse();
            assertThat(r.json().get("message").asText()).startsWith(WORDS.get("outcome.ALREADY_INACTIVE.title"))
                    .doesNotContain(WORDS.get("outcome.DEACTIVATED.retry"));
            attemptsMatchServer("idle close (cli)", r.json().get("attempts").asInt(), server);
            assertThat(server.idleCloses()).isPositive();
        }
    }

    // --------------------------------------------- 503 with Retry-After: 0 (OkHttp would repeat it by itself)

    private static KeepAliveServer unavailableRetryNowThenOk() throws Exception {
        return KeepAliveServer.start(0, Answer.html(503).header("Retry-After", "0"),
                Answer.text(200, "license_deactivated"));
    }

    @Test
    void retryAfterZeroIsRetriedByUsAndCountedNotByOkHttpBehindTheCount() throws Exception {
        try (KeepAliveServer server = unavailableRetryNowThenOk()) {
            Outcome o = viaService(server);
            assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
            assertThat(o.confirmedOnRetry()).as("the 503 was an answer, not a lost one").isFalse();
            assertThat(o.attempts()).isEqualTo(2);
            attemptsMatchServer("503 Retry-After: 0 (service)", o.attempts(), server);
        }
    }

    @Test
    void retryAfterZeroThroughTheCliCountsWhatTheServerSaw() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(0, Answer.html(503).header("Retry-After", "0"))) {
            CliRun r = viaCli(server, "cli-503");
            assertThat(r.exit()).as(r.all()).isEqualTo(8);
            assertThat(r.json().get("attempts").asInt()).isEqualTo(4);
            attemptsMatchServer("503 Retry-After: 0 always (cli)", r.json().get("attempts").asInt(), server);
        }
    }
}
