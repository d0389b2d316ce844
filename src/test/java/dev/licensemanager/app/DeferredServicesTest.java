package dev.licensemanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.ui.WindowDependencies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's services start after its first frame. A click before that waits for them and then
 * reaches the real service; a cancelled click sends nothing; a failure to build them is reported, never hidden.
 */
class DeferredServicesTest {

    @TempDir
    Path home;

    private CompositionRoot root() {
        return new CompositionRoot(Map.of("LM_HOME", home.toString(), "LM_LANG", "en"));
    }

    @Test
    void theDemoWindowIsWiredBeforeTheSandboxRunsAndACallMadeThenWaitsForIt() throws Exception {
        CompositionRoot root = root();
        WindowWiring.Prepared prepared = root.prepareWindow(root.loadConfig(), () -> { });
        WindowDependencies deps = prepared.deps();
        // What the first frame shows is known without the sandbox: product, demo credentials, SSO grant.
        assertThat(deps.config().product().code()).isEqualTo("demo-key");
        assertThat(deps.demo().licenseKey()).isEqualTo("DEMO-KEY-1111-2222");
        assertThat(prepared.services().future()).isNotDone();

        String hw = root.defaultHardwareId().orElseThrow();
        CompletableFuture<Outcome> early = CompletableFuture.supplyAsync(() -> deps.actions().deactivate(
                DeactivationInput.licenseKey("demo-key", hw, "DEMO-KEY-1111-2222"), new Cancellation()));
        try {
            prepared.startServices();
            Outcome o = early.get(60, TimeUnit.SECONDS);
            // The built-in seed pre-activates this machine on the demo key: the real sandbox freed that seat.
            assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
        } finally {
            deps.onExit().run();
        }
    }

    @Test
    void aCallCancelledBeforeTheServicesAreReadyIsCancelledAndSendsNothing() throws Exception {
        CompositionRoot root = root();
        WindowWiring.Prepared prepared = root.prepareWindow(root.loadConfig(), () -> { });
        WindowDependencies deps = prepared.deps();
        String hw = root.defaultHardwareId().orElseThrow();
        DeactivationInput in = DeactivationInput.licenseKey("demo-key", hw, "DEMO-KEY-1111-2222");
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        CompletableFuture<Outcome> early = CompletableFuture.supplyAsync(() -> deps.actions().deactivate(in, cancelled));
        try {
            prepared.startServices();
            assertThat(early.get(60, TimeUnit.SECONDS).kind()).isEqualTo(OutcomeKind.CANCELLED);
            // Nothing was sent: the seat is still taken, so a real deactivation now frees it.
            Outcome now = deps.actions().deactivate(DeactivationInput.licenseKey("demo-key", hw, "DEMO-KEY-1111-2222"),
                    new Cancellation());
            assertThat(now.kind()).as(now.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
        } finally {
            deps.onExit().run();
        }
    }

    @Test
    void callsWaitUntilTheServicesExistAndClosingReleasesThemOnceTheyDo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger closed = new AtomicInteger();
        Outcome answer = Outcome.of(OutcomeKind.DEACTIVATED, "license_deactivated", "from the real service");
        DeferredServices services = new DeferredServices(dev.licensemanager.service.CredentialKind.SSO_TOKEN);
        services.start(() -> {
            release.await();
            return new DeferredServices.Ready(new dev.licensemanager.ui.common.LicenseActions() {
                @Override
                public dev.licensemanager.service.CheckResult check(DeactivationInput in, Cancellation c) {
                    throw new AssertionError("not called");
                }

                @Override
                public Outcome deactivate(DeactivationInput in, Cancellation c) {
                    return answer;
                }

                @Override
                public dev.licensemanager.service.LicensesResult userLicenses(DeactivationInput in, Cancellation c) {
                    throw new AssertionError("not called");
                }
            }, null, null, null, closed::incrementAndGet);
        });
        // Answered from the configuration, without waiting: the FX thread asks this.
        assertThat(services.sso().grant()).isEqualTo(dev.licensemanager.service.CredentialKind.SSO_TOKEN);
        CompletableFuture<Outcome> call = CompletableFuture.supplyAsync(() -> services.actions().deactivate(
                DeactivationInput.licenseKey("p", "hw", "KEY"), new Cancellation()));
        CompletableFuture<Void> released = services.close(); // the window closed before the services were ready
        assertThat(call).isNotDone();
        assertThat(closed).hasValue(0);
        release.countDown();
        assertThat(call.get(30, TimeUnit.SECONDS)).isSameAs(answer);
        released.get(30, TimeUnit.SECONDS); // the release runs after the services completed
        assertThat(closed).hasValue(1);
    }

    /** The UI never hangs on them: Cancel ends the wait for services that are not ready, and nothing is sent. */
    @Test
    void cancelEndsTheWaitForServicesThatAreNotReady() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reachedService = new AtomicInteger();
        DeferredServices services = new DeferredServices(dev.licensemanager.service.CredentialKind.SSO_CODE);
        services.start(() -> {
            release.await();
            return new DeferredServices.Ready(new dev.licensemanager.ui.common.LicenseActions() {
                @Override
                public dev.licensemanager.service.CheckResult check(DeactivationInput in, Cancellation c) {
                    reachedService.incrementAndGet();
                    return null;
                }

                @Override
                public Outcome deactivate(DeactivationInput in, Cancellation c) {
                    reachedService.incrementAndGet();
                    return null;
                }

                @Override
                public dev.licensemanager.service.LicensesResult userLicenses(DeactivationInput in, Cancellation c) {
                    reachedService.incrementAndGet();
                    return null;
                }
            }, null, null, null, () -> { });
        });
        try {
            Cancellation cancel = new Cancellation();
            CountDownLatch waiting = new CountDownLatch(1);
            services.onWaiting(waiting::countDown);
            CompletableFuture<dev.licensemanager.service.CheckResult> call = CompletableFuture.supplyAsync(
                    () -> services.actions().check(DeactivationInput.licenseKey("p", "hw", "KEY"), cancel));
            // Cancel only once the caller is really waiting: this tests "Cancel ends the wait", not "a call that
            // arrives already cancelled returns at once".
            assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the call is waiting for the services").isTrue();
            assertThat(cancel.isCancelled()).isFalse();
            assertThat(call).isNotDone();
            cancel.cancel();
            dev.licensemanager.service.CheckResult r = call.get(30, TimeUnit.SECONDS);
            assertThat(r.failure().kind()).isEqualTo(OutcomeKind.CANCELLED);
            assertThat(r.failure().detail()).contains("before anything was sent");
            assertThat(services.future()).as("the services are still being built").isNotDone();
        } finally {
            release.countDown();
        }
        services.future().get(30, TimeUnit.SECONDS);
        assertThat(reachedService).as("the cancelled call never reached the service").hasValue(0);
    }

    @Test
    void whenTheServicesCannotBeBuiltEveryCallSaysWhy() {
        DeferredServices services = new DeferredServices(dev.licensemanager.service.CredentialKind.SSO_CODE);
        services.start(() -> {
            throw new ConfigException("/etc/corp-ca.pem", "api.ca_file", "not a readable PEM certificate file");
        });
        assertThatThrownBy(() -> services.actions().check(DeactivationInput.licenseKey("p", "hw", "KEY"), new Cancellation()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("api.ca_file")
                .hasMessageContaining("could not be set up");
        assertThatThrownBy(() -> services.connectionTest().run(new Cancellation())).hasMessageContaining("api.ca_file");
        assertThat(services.future()).isCompletedExceptionally();
    }

    @Test
    void aVendorConfigurationThatCannotMakeAClientFailsBeforeAnyWindow() throws Exception {
        Path noKey = Files.writeString(home.resolve("no-key.json"), """
                {"product": {"code": "acme-cad"}, "api": {"base_url": "https://api.licensespring.com"}}
                """);
        CompositionRoot a = new CompositionRoot(Map.of("LM_HOME", home.resolve("a").toString(),
                "LM_VENDOR_CONFIG", noKey.toString()));
        VendorConfig cfgA = a.loadConfig();
        assertThatThrownBy(() -> a.prepareWindow(cfgA, () -> { })).isInstanceOf(ConfigException.class)
                .hasMessageContaining("api.api_key");

        // A CA file that exists but is no certificate passes the early checks; building the client then fails,
        // and the window shows that (GuiLauncher) instead of acting on a half-built connection.
        Path notPem = Files.writeString(home.resolve("not-a-cert.pem"), "this is not a certificate\n");
        Path badCa = Files.writeString(home.resolve("bad-ca.json"), """
                {"product": {"code": "acme-cad"},
                 "api": {"base_url": "https://api.licensespring.com", "api_key": "k", "shared_key": "s",
                         "ca_file": "%s"}}
                """.formatted(notPem.toString().replace("\\", "\\\\")));
        CompositionRoot b = new CompositionRoot(Map.of("LM_HOME", home.resolve("b").toString(),
                "LM_VENDOR_CONFIG", badCa.toString()));
        WindowWiring.Prepared prepared = b.prepareWindow(b.loadConfig(), () -> { }).startServices();
        assertThatThrownBy(() -> prepared.services().future().get(60, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ConfigException.class).hasMessageContaining("api.ca_file");
    }
}
