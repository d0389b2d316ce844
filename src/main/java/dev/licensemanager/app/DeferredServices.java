package dev.licensemanager.app;

import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.CheckResult;
import dev.licensemanager.service.ComputerLicenses;
import dev.licensemanager.service.DeviceLicense;
import dev.licensemanager.service.DeviceListing;
import dev.licensemanager.service.FreeAllResult;
import dev.licensemanager.service.FreeProgress;
import dev.licensemanager.service.ListingFailure;
import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.LicensesResult;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.ProductNames;
import dev.licensemanager.service.SsoSignIn;
import dev.licensemanager.ui.common.ConnectionTest;
import dev.licensemanager.ui.common.LicenseActions;
import dev.licensemanager.ui.main.SupportTools;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The window's services (API client with its trust store, SSO, support tools, connection test and, in demo
 * mode, the sandbox), built on a daemon thread after the first frame instead of before it (they
 * cost about a second of CPU, which on a 2-core machine delayed the window by as much).
 *
 * <p>The window gets forwarding implementations at once. Every forwarded call is blocking and runs on a
 * worker thread (the window's {@code TaskRunner}), so a call made before the services are ready simply waits
 * for them there, under the progress overlay. Cancel ends that wait at once: the call answers "cancelled before
 * anything was sent", as the real service would. Only {@link SsoSignIn#grant()} is asked on the FX thread; it
 * comes from the configuration, not the services.
 */
final class DeferredServices {

    /** The real services, and what releases them (stops the demo sandbox). */
    record Ready(LicenseActions actions, SsoSignIn sso, SupportTools support, ConnectionTest connectionTest,
                 Runnable close, ComputerLicenses computerLicenses, ProductNames productNames) {
        /** Without product names from the server (the codes stand for the products). */
        Ready(LicenseActions actions, SsoSignIn sso, SupportTools support, ConnectionTest connectionTest,
              Runnable close, ComputerLicenses computerLicenses) {
            this(actions, sso, support, connectionTest, close, computerLicenses, ProductNames.NONE);
        }

        /** Without "Licenses on this computer" (listing answers "unsupported"). */
        Ready(LicenseActions actions, SsoSignIn sso, SupportTools support, ConnectionTest connectionTest,
              Runnable close) {
            this(actions, sso, support, connectionTest, close, null, ProductNames.NONE);
        }
    }

    private final CompletableFuture<Ready> ready = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
    private final CredentialKind grant;

    /** Runs when a caller starts waiting for services that are not ready (tests wait on it; no-op otherwise). */
    private volatile Runnable onWaiting = () -> { };

    DeferredServices(CredentialKind grant) {
        this.grant = grant;
    }

    /** For tests: {@code hook} runs each time a call starts waiting (its Cancel is armed by then). */
    void onWaiting(Runnable hook) {
        onWaiting = hook;
    }

    /** Builds the services on a daemon thread; idempotent. */
    void start(Callable<Ready> build) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                ready.complete(build.call());
            } catch (Throwable e) {
                ready.completeExceptionally(e);
            }
        }, "lm-window-services");
        t.setDaemon(true);
        t.start();
    }

    /** Completes when the services are ready, or exceptionally with why they could not be built. */
    CompletableFuture<Ready> future() {
        return ready;
    }

    /** Releases the services once they exist (at once if they already do); completes when released. */
    CompletableFuture<Void> close() {
        return ready.thenAccept(r -> r.close().run());
    }

    /** The services, or null if {@code cancel} fired first (then nothing was, or will be, sent). */
    private Ready await(Cancellation cancel) {
        if (!ready.isDone()) {
            CompletableFuture<Void> cancelled = new CompletableFuture<>();
            cancel.onCancel(() -> cancelled.complete(null));
            onWaiting.run();
            CompletableFuture.anyOf(ready, cancelled).exceptionally(e -> null).join();
            if (!ready.isDone()) {
                return null;
            }
        }
        return await();
    }

    private static Outcome cancelledBeforeSending() {
        return Outcome.of(OutcomeKind.CANCELLED, "cancelled", "cancelled before anything was sent");
    }

    private Ready await() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the connection to the license server could not be set up: "
                    + cause.getMessage(), cause);
        }
    }

    LicenseActions actions() {
        return new LicenseActions() {
            @Override
            public CheckResult check(DeactivationInput in, Cancellation cancel) {
                Ready r = await(cancel);
                return r == null ? new CheckResult(null, cancelledBeforeSending()) : r.actions().check(in, cancel);
            }

            @Override
            public Outcome deactivate(DeactivationInput in, Cancellation cancel) {
                Ready r = await(cancel);
                return r == null ? cancelledBeforeSending() : r.actions().deactivate(in, cancel);
            }

            @Override
            public LicensesResult userLicenses(DeactivationInput in, Cancellation cancel) {
                Ready r = await(cancel);
                return r == null ? new LicensesResult(java.util.List.of(), cancelledBeforeSending())
                        : r.actions().userLicenses(in, cancel);
            }
        };
    }

    SsoSignIn sso() {
        return new SsoSignIn() {
            @Override
            public CredentialKind grant() {
                return grant;
            }

            @Override
            public Start start(String customerAccountCode, Cancellation cancel) {
                Ready r = await(cancel);
                return r == null ? new Start(null, cancelledBeforeSending()) : r.sso().start(customerAccountCode, cancel);
            }

            @Override
            public String openBrowser(String url) {
                return await().sso().openBrowser(url);
            }
        };
    }

    SupportTools support() {
        return new SupportTools() {
            @Override
            public String writeOfflineRequest(DeactivationInput in, Path target) throws IOException {
                return await().support().writeOfflineRequest(in, target);
            }

            @Override
            public Path writeBundle(Path zip, Cancellation cancel) throws IOException {
                Ready r = await(cancel);
                if (r == null) {
                    throw new java.util.concurrent.CancellationException("support bundle cancelled; nothing written");
                }
                return r.support().writeBundle(zip, cancel);
            }

            @Override
            public String summary() {
                return await().support().summary();
            }
        };
    }

    ConnectionTest connectionTest() {
        return cancel -> await().connectionTest().run(cancel);
    }

    /** The server's product names, waiting for the services like the other calls (cancel: no name). */
    ProductNames productNames() {
        return (code, cancel) -> {
            Ready r = await(cancel);
            return r == null || r.productNames() == null ? java.util.Optional.empty()
                    : r.productNames().name(code, cancel);
        };
    }

    /**
     * "Licenses on this computer", waiting for the services like the other calls. {@code discoveryEnabled} comes
     * from the configuration, so the window can decide on the FX thread without waiting.
     */
    ComputerLicenses computerLicenses(boolean discoveryEnabled) {
        return new ComputerLicenses() {
            @Override
            public boolean discoveryEnabled() {
                return discoveryEnabled;
            }

            @Override
            public DeviceListing list(Cancellation cancel) {
                return list(null, cancel);
            }

            @Override
            public DeviceListing list(String hardwareId, Cancellation cancel) {
                Ready r = await(cancel);
                if (r == null) {
                    return new DeviceListing(hardwareId, java.util.List.of(), 0, ListingFailure.CANCELLED,
                            cancelledBeforeSending());
                }
                if (r.computerLicenses() == null) {
                    return new DeviceListing(hardwareId, java.util.List.of(), 0, ListingFailure.UNSUPPORTED,
                            Outcome.of(OutcomeKind.UNEXPECTED, "listing_unsupported", "no listing service"));
                }
                return hardwareId == null ? r.computerLicenses().list(cancel)
                        : r.computerLicenses().list(hardwareId, cancel);
            }

            @Override
            public Outcome free(DeviceLicense license, Cancellation cancel) {
                Ready r = await(cancel);
                return r == null ? cancelledBeforeSending() : r.computerLicenses().free(license, cancel);
            }

            @Override
            public FreeAllResult freeAll(java.util.List<DeviceLicense> licenses, Cancellation cancel,
                                         FreeProgress progress) {
                Ready r = await(cancel);
                if (r == null) {
                    return new FreeAllResult(licenses.stream()
                            .map(l -> new FreeAllResult.Item(l, cancelledBeforeSending())).toList());
                }
                return r.computerLicenses().freeAll(licenses, cancel, progress);
            }
        };
    }
}
