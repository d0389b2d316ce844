package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.sso.BrowserLauncher;
import dev.licensemanager.sso.HeadlessChromium;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single sign-on through the real window and the sandbox's login page: both grants in a real headless
 * Chromium (the whole browser flow, the implicit grant's fragment relay included), and the paste fallback.
 */
class SsoViewTest {
    private static final String FILL_AND_SUBMIT = "document.getElementById('username') ? ("
            + "document.getElementById('username').value='alice@example.com',"
            + "document.getElementById('password').value='demo-password',"
            + "document.getElementById('sign-in').click(), 'submitted') : 'waiting'";
    @RegisterExtension
    final SandboxWindow w = new SandboxWindow();

    @ParameterizedTest(name = "grant {0}")
    @ValueSource(strings = {"code", "implicit"})
    void signInWithTheSystemBrowserThenDeactivate(String grant, @TempDir Path profile) throws Exception {
        dev.licensemanager.testsupport.Required.present(HeadlessChromium.available(),
                "Debian's chromium (installed by .ci/run)");
        try (HeadlessChromium chrome = new HeadlessChromium(profile)) {
            w.show(w.deps("demo-user", Set.of("sso"), grant, chrome.launcher(), w.settings(), Map.of()));
            assertThat(w.robot.lookup("#accountCodeField").queryAs(javafx.scene.control.TextField.class).getText())
                    .isEqualTo("demo-corp");
            w.robot.clickOn("#signInButton");
            chrome.attach(Duration.ofSeconds(30));
            chrome.evalUntil(FILL_AND_SUBMIT, "submitted", Duration.ofSeconds(30));
            w.waitFor("#confirmConsequence");
            chrome.evalUntil("document.getElementById('title') ? document.getElementById('title').textContent : ''",
                    "Signed in", Duration.ofSeconds(10));
            w.click("#confirmDeactivate");
            w.assertOutcome(OutcomeKind.DEACTIVATED, "license_deactivated");
            assertThat(w.server.activeHardwareIds(2001)).doesNotContain(SandboxWindow.HW);
        }
    }

    /** The browser signs in but cannot come back; the user pastes the address it ended on. */
    @Test
    void pasteFallbackUsesTheCodeFromTheAddress() throws Exception {
        AtomicReference<String> endedOn = new AtomicReference<>();
        BrowserLauncher strandedBrowser = url -> {
            String query = URI.create(url).getRawQuery() + "&username=" + enc("alice@example.com") + "&password="
                    + enc("demo-password");
            try {
                HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                                url.substring(0, url.indexOf('?'))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.discarding());
                endedOn.set(r.headers().firstValue("Location").orElseThrow());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        w.show(w.deps("demo-user", Set.of("sso"), "code", strandedBrowser, w.settings(), Map.of()));
        w.robot.clickOn("#signInButton");
        SandboxWindow.waitFor(20, () -> endedOn.get() != null && w.label("#ssoStatus").contains("Waiting for you"));
        // While the window waits for the browser, the paste field is usable (no overlay, no Cancel first).
        w.robot.clickOn("#pasteField").write(endedOn.get());
        w.robot.clickOn("#usePastedButton");
        w.click("#confirmDeactivate");
        w.assertOutcome(OutcomeKind.DEACTIVATED, "license_deactivated");
        assertThat(w.server.activeHardwareIds(2001)).doesNotContain(SandboxWindow.HW);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
