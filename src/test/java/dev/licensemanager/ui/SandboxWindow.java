package dev.licensemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.OkHttpLicenseApiClient;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.sso.BrowserLauncher;
import dev.licensemanager.sso.LoopbackSsoSignIn;
import dev.licensemanager.ui.common.LicenseActions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the real sandbox: real FXML, view-models, service, OkHttp client, loopback SSO.
 *
 * <p>The one TestFX fixture of the UI tests: {@code @RegisterExtension final SandboxWindow w = new SandboxWindow();}
 * gives each test a primary stage, its own fresh sandbox, and closes both after the test.
 */
final class SandboxWindow implements AutoCloseable, org.junit.jupiter.api.extension.AfterEachCallback {
    static final String HW = "ui-test-this-machine-0001";
    static final MachineIdentity MACHINE = new MachineIdentity(HW, "test-fixed", null, List.of(), "a fixed test ID");

    /** The primary stage and the robot: the window tests' own fixture, which this one builds on. */
    private final dev.licensemanager.testsupport.FxStage fx = new dev.licensemanager.testsupport.FxStage();
    final SandboxServer server;
    final FxRobot robot = fx.robot;
    LicenseManagerApp app;

    SandboxWindow() {
        server = SandboxServer.start(SandboxOptions.builder().thisMachineHardwareId(() -> Optional.of(HW)).build());
    }

    ClientSettings settings() {
        return ClientSettings.defaults(server.baseUrl(), new ApiAuth.ApiKey(server.apiKey(),
                        Secret.of(server.sharedKey())), ResponseSignatureVerifier.parsePem(server.publicKeyPem()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(6),
                        Duration.ofSeconds(20))
                .withMaxAttempts(2);
    }

    WindowDependencies deps(String product, Set<String> kinds, String grant, BrowserLauncher browser,
                            ClientSettings settings, Map<String, String> env) {
        return deps(product, kinds, grant, browser, settings, env, Locale.ENGLISH);
    }

    WindowDependencies deps(String product, Set<String> kinds, String grant, BrowserLauncher browser,
                            ClientSettings settings, Map<String, String> env, Locale locale) {
        VendorConfig cfg = new VendorConfig(new VendorConfig.Product(product, "Demo Product", false),
                new VendorConfig.Api(server.baseUrl(), null, null, null, null, null, null, null, null), null,
                new VendorConfig.Sso("demo-corp", dev.licensemanager.config.SsoGrant.parse(grant), 0, "/callback"), kinds, null, null, null, List.of(), true);
        OkHttpLicenseApiClient client = new OkHttpLicenseApiClient(settings);
        DeactivationService service = new DeactivationService(client, DeviceInfo.NONE);
        return WindowDependencies.builder(cfg).actions(LicenseActions.of(service))
                .sso(new LoopbackSsoSignIn(client, product, cfg.sso(), browser, Duration.ofSeconds(60)))
                .machine(() -> MACHINE).locale(locale).env(env).appVersion("0.1.0-test")
                .connectionTest(cancel -> "Connection test: all good").build();
    }

    WindowDependencies deps(String product, Set<String> kinds) {
        return deps(product, kinds, "code", url -> { }, settings(), Map.of());
    }

    /** "Licenses on this computer" on this sandbox, with the vendor's discovery settings. */
    dev.licensemanager.service.ComputerLicenses computerLicenses(dev.licensemanager.service.DiscoveryPolicy policy) {
        return new dev.licensemanager.service.DeviceLicensesService(new OkHttpLicenseApiClient(settings()),
                DeviceInfo.NONE, () -> MACHINE, policy, null);
    }

    /** Opens the window on the primary stage and waits until the hardware ID is shown. */
    void show(WindowDependencies deps) throws TimeoutException {
        show(deps, null);
    }

    /** As {@link #show(WindowDependencies)}, answering "where to save" with {@code chooser}. */
    void show(WindowDependencies deps, dev.licensemanager.ui.common.PathChooser chooser) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            app = new LicenseManagerApp(deps).withPathChooser(chooser);
            app.show(stage);
        });
        waitFor(30, () -> label("#hardwareIdLabel").startsWith(HW.substring(0, 6)));
    }

    String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A node with this id in a showing window (dialogs linger in the scene graph while they close). */
    boolean present(String id) {
        return robot.lookup(id).match((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && org.testfx.util.NodeQueryUtils.isVisible().test(n))
                .tryQuery().isPresent();
    }

    void waitFor(String id) throws TimeoutException {
        waitFor(30, () -> present(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a dialog's button once it is on screen. */
    void click(String id) throws TimeoutException {
        waitFor(id);
        robot.clickOn(id);
    }

    static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            TimeoutException t = new TimeoutException("condition not met; showing: " + showing());
            t.initCause(e);
            throw t;
        }
    }

    /** What is on screen, for failure messages: each showing window's root and labelled nodes. */
    static String showing() {
        StringBuilder sb = new StringBuilder();
        for (javafx.stage.Window win : javafx.stage.Window.getWindows()) {
            if (win.getScene() != null) {
                sb.append("\n[window showing=").append(win.isShowing()).append("] ");
                describe(win.getScene().getRoot(), sb);
            }
        }
        return sb.toString();
    }

    private static void describe(javafx.scene.Node n, StringBuilder sb) {
        if (n.getId() != null) {
            sb.append(n.getId());
            if (n instanceof javafx.scene.control.Labeled l) {
                sb.append("='").append(l.getText()).append("'");
            }
            if (n instanceof javafx.scene.control.TextInputControl t) {
                sb.append("='").append(t instanceof javafx.scene.control.PasswordField ? "*".repeat(t.getLength())
                        : t.getText()).append("'");
            }
            if (n instanceof javafx.scene.control.Control c && c.isDisabled()) {
                sb.append("(disabled)");
            }
            sb.append(n.isVisible() ? " " : "(hidden) ");
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> describe(c, sb));
        }
    }

    /** Asserts the status dialog's title, code and next step against the English bundle, then closes it. */
    void assertOutcome(OutcomeKind kind, String code) throws TimeoutException {
        waitFor("#outcomeCode");
        OutcomeText.Words w = new OutcomeText(Locale.ENGLISH).words(Outcome.of(kind, code, ""), "Demo Product", HW);
        DialogPane pane = robot.lookup("#outcomeDialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo(w.title());
        assertThat(label("#outcomeCode")).isEqualTo("Code: " + code);
        assertThat(label("#outcomeNext")).isEqualTo("Next step: " + w.next());
        waitFor("#outcomeOk");
        robot.clickOn("#outcomeOk");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) throws TimeoutException {
        close();
    }

    @Override
    public void close() throws TimeoutException {
        fx.cleanup();
        server.close();
    }
}
