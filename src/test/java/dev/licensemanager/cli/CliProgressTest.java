package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.testsupport.KeepAliveServer;
import dev.licensemanager.testsupport.KeepAliveServer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on stderr through the real CLI against a loopback server: what the tool waits for and the attempt
 * number, stdout (--json) untouched; and a Retry-After longer than the time left ends the run at once, saying when
 * to try again.
 */
class CliProgressTest {
    private static final OutcomeText WORDS = new OutcomeText(Locale.getDefault());
    private static final String OP = "deactivate_license";

    @TempDir
    Path dir;

    private Map<String, String> env(KeepAliveServer server, int readTimeoutSeconds) throws Exception {
        Map<String, String> env = ReliabilityKit.cliEnv(dir.resolve("home"), server.url(), "api-key", "shared-key",
                null, null);
        Files.writeString(Path.of(env.get("LM_VENDOR_CONFIG")), "{\"api\":{\"connect_timeout_seconds\":1,"
                + "\"read_timeout_seconds\":" + readTimeoutSeconds + "},\"proxy\":{\"mode\":\"none\"}}");
        return env;
    }

    private CliRun deactivate(KeepAliveServer server, int readTimeoutSeconds) throws Exception {
        return ReliabilityKit.cli(env(server, readTimeoutSeconds), "", "deactivate", "--product", "p",
                "--license-key", "K-0001", "--hardware-id", "hw-progress", "--json");
    }

    private static String line(String key, Object... args) {
        return new MessageFormat(WORDS.get(key), Locale.ROOT).format(args);
    }

    private static void stdoutIsOneJsonObject(CliRun r) {
        assertThat(r.json()).as("stdout: " + r.out()).isNotNull();
        assertThat(r.out().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void retryAfterBeyondTheTimeLeftEndsAtOnceAndSaysWhenToTryAgain() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(0, Answer.html(503).header("Retry-After", "600"))) {
            CliRun r = deactivate(server, 1);
            assertThat(r.exit()).as(r.all()).isEqualTo(8);
            assertThat(server.requests(OP)).as("no second request: the server's wait is beyond the deadline").hasSize(1);
            stdoutIsOneJsonObject(r);
            assertThat(r.json().get("message").asText())
                    .contains(line("outcome.retryAfter", WORDS.waitWords(600)));
            String before = WORDS.get("attempt.givingUp").split("\\{2\\}")[0];
            assertThat(r.err()).as("stderr").contains(new MessageFormat(before, Locale.ROOT).format(
                    new Object[] {OP, WORDS.waitWords(600)}));
            assertThat(r.err()).containsPattern("\\d\\d:\\d\\d:\\d\\d");
        }
    }

    @Test
    void theServersWaitAndTheNextAttemptAreAnnouncedOnStderrOnly() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(0, Answer.html(503).header("Retry-After", "1"),
                Answer.text(200, "license_deactivated"))) {
            CliRun r = deactivate(server, 1);
            assertThat(r.exit()).as(r.all()).isZero();
            stdoutIsOneJsonObject(r);
            assertThat(r.json().get("attempts").asInt()).isEqualTo(2);
            assertThat(r.err()).contains(line("attempt.waitingServer", OP, WORDS.waitWords(1), 2, 4))
                    .contains(line("attempt.sending", OP, 2, 4, WORDS.waitWords(30)));
            assertThat(r.out()).doesNotContain(WORDS.get("attempt.sending").substring(0, 5));
        }
    }

    @Test
    void aSlowFirstAnswerIsAnnouncedWhileAQuickOneStaysSilent() throws Exception {
        try (KeepAliveServer slow = KeepAliveServer.start(0, Answer.text(200, "license_deactivated").after(2500))) {
            CliRun r = deactivate(slow, 10);
            assertThat(r.exit()).as(r.all()).isZero();
            stdoutIsOneJsonObject(r);
            assertThat(r.err()).contains(line("attempt.sending", OP, 1, 4, WORDS.waitWords(30)));
        }
        try (KeepAliveServer quick = KeepAliveServer.start(0, Answer.text(200, "license_deactivated"))) {
            CliRun r = deactivate(quick, 10);
            assertThat(r.exit()).as(r.all()).isZero();
            assertThat(r.err()).as("an answer within a second needs no progress line").isEmpty();
        }
    }

    @Test
    void aResendAfterAClosedKeptAliveConnectionIsSaid() throws Exception {
        try (KeepAliveServer server = KeepAliveServer.start(200, Answer.html(503).header("Retry-After", "1"),
                Answer.deviceNotFound())) {
            CliRun r = deactivate(server, 1);
            assertThat(r.exit()).as(r.all()).isEqualTo(3);
            stdoutIsOneJsonObject(r);
            assertThat(r.err()).contains(line("attempt.resending", OP, 2));
        }
    }
}
