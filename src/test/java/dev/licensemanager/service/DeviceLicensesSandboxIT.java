package dev.licensemanager.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.OkHttpLicenseApiClient;
import dev.licensemanager.api.ResponseSignatureVerifier;
import dev.licensemanager.api.Secret;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.sandbox.FaultSpec;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Licenses on this computer" against the real sandbox over loopback: listing, each kind of seat, free all. */
class DeviceLicensesSandboxIT {
    static final String HW = "devlic-it-hw-0001";
    /** One RSA key for every sandbox of this class (generating one per test costs seconds). */
    static final Path KEY_FILE = Path.of("target", "devlic-it-sandbox-key.json");

    SandboxServer sb;
    OkHttpLicenseApiClient client;

    @BeforeEach
    void start() {
        sb = SandboxServer.start(SandboxOptions.builder().thisMachineHardwareId(() -> Optional.of(HW))
                .signingKeyFile(KEY_FILE).build());
        client = newClient();
    }

    OkHttpLicenseApiClient newClient() {
        return new OkHttpLicenseApiClient(ClientSettings.defaults(sb.baseUrl(), new ApiAuth.ApiKey(sb.apiKey(),
                Secret.of(sb.sharedKey())), ResponseSignatureVerifier.parsePem(sb.publicKeyPem())));
    }

    @AfterEach
    void stop() {
        sb.close();
    }

    DeviceLicensesService service(DiscoveryPolicy policy, OutcomeHistory history) {
        return new DeviceLicensesService(client, DeviceInfo.NONE,
                () -> new MachineIdentity(HW, "test", null, List.of(), ""), policy, history);
    }

    static DeviceLicense find(DeviceListing l, String product) {
        return l.licenses().stream().filter(d -> d.product().equals(product)).findFirst().orElseThrow(
                () -> new AssertionError(product + " not listed in " + l.licenses()));
    }

    @Test
    void demoSeedListsEachKindWithoutTheFullKey() {
        DeviceListing l = service(DiscoveryPolicy.ALL, null).list(new Cancellation());

        assertThat(l.ok()).as(String.valueOf(l.outcome())).isTrue();
        assertThat(l.hardwareId()).isEqualTo(HW);
        assertThat(l.licenses()).extracting(DeviceLicense::product)
                .containsExactlyInAnyOrder("demo-key", "demo-user", "demo-bundle", "demo-float");
        DeviceLicense key = find(l, "demo-key");
        assertThat(key.auth()).isEqualTo("key");
        assertThat(key.keyLast4()).isEqualTo("2222");
        assertThat(key.shownIdentity()).isEqualTo("…2222");
        assertThat(key.state()).isEqualTo(DeviceLicenseState.ACTIVE);
        assertThat(key.freeMethod()).isEqualTo(FreeMethod.DEACTIVATE);
        assertThat(key.toString()).doesNotContain("DEMO-KEY-1111-2222");
        DeviceLicense user = find(l, "demo-user");
        assertThat(user.auth()).isEqualTo("user");
        assertThat(user.user()).isEqualTo("alice@example.com");
        assertThat(user.keyLast4()).isNull();
        DeviceLicense bundle = find(l, "demo-bundle");
        assertThat(bundle.freeMethod()).isEqualTo(FreeMethod.DEACTIVATE_BUNDLE);
        assertThat(bundle.licenseId()).isEqualTo(3001);
        DeviceLicense floating = find(l, "demo-float");
        assertThat(floating.floatingCloud()).isTrue();
        assertThat(floating.state()).isEqualTo(DeviceLicenseState.FLOATING_IN_USE);
        assertThat(floating.freeMethod()).isEqualTo(FreeMethod.RELEASE);
        assertThat(floating.productName()).isEqualTo("Demo Floating Product");
    }

    @Test
    void eachKindIsFreedTheSdkWayAndTheServerAgrees(@TempDir Path dir) {
        OutcomeHistory history = new OutcomeHistory(dir.resolve("h.json"), Clock.systemUTC());
        DeviceLicensesService svc = service(DiscoveryPolicy.ALL, history);
        DeviceListing l = svc.list(new Cancellation());

        // Node-locked, key-based.
        assertThat(svc.free(find(l, "demo-key"), new Cancellation()).kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(sb.activeHardwareIds(1001)).doesNotContain(HW);
        // User-based: no password was given anywhere; the sandbox's release/deactivate accept username alone.
        Outcome user = svc.free(find(l, "demo-user"), new Cancellation());
        assertThat(user.kind()).as(user.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(sb.activeHardwareIds(2001)).doesNotContain(HW);
        // Bundle: deactivate_bundle frees both of its licenses.
        assertThat(svc.free(find(l, "demo-bundle"), new Cancellation()).kind()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(sb.activeHardwareIds(3002)).doesNotContain(HW);
        assertThat(sb.activeHardwareIds(3003)).doesNotContain(HW);
        // Floating cloud: floating/release.
        Outcome released = svc.free(find(l, "demo-float"), new Cancellation());
        assertThat(released.kind()).as(released.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(released.code()).isEqualTo("floating_released");
        assertThat(sb.activeHardwareIds(4001)).doesNotContain(HW).contains("demo-other-machine-0001");

        assertThat(svc.list(new Cancellation()).licenses()).isEmpty();
        assertThat(history.entries()).extracting(OutcomeHistory.Entry::action)
                .containsExactly("deactivate", "deactivate", "deactivate_bundle", "release");
        // A second release of the same seat: nothing held any more.
        Outcome again = svc.free(find(l, "demo-float"), new Cancellation());
        assertThat(again.kind()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(again.exitCode()).isEqualTo(3);
    }

    @Test
    void freeAllReportsEachLicenseAndASecondRunHasNothingToFree() {
        DeviceLicensesService svc = service(DiscoveryPolicy.ALL, null);
        List<String> events = new ArrayList<>();
        FreeAllResult r = svc.freeAll(svc.list(new Cancellation()).licenses(), new Cancellation(), new FreeProgress() {
            @Override
            public void started(int index, int total, DeviceLicense license) {
                events.add("start " + index + "/" + total);
            }

            @Override
            public void finished(int index, int total, DeviceLicense license, Outcome outcome) {
                events.add("done " + index + " " + outcome.kind());
            }
        });
        assertThat(r.results()).hasSize(4);
        assertThat(r.allFree()).isTrue();
        assertThat(r.exitCode()).isZero();
        assertThat(events).containsExactly("start 0/4", "done 0 DEACTIVATED", "start 1/4", "done 1 DEACTIVATED",
                "start 2/4", "done 2 DEACTIVATED", "start 3/4", "done 3 DEACTIVATED");

        DeviceListing after = svc.list(new Cancellation());
        assertThat(after.ok()).isTrue();
        assertThat(after.licenses()).isEmpty();
        FreeAllResult second = svc.freeAll(after.licenses(), new Cancellation(), null);
        assertThat(second.exitCode()).isEqualTo(3);
    }

    @Test
    void releaseWhoseSuccessIsCutOffIsConfirmedOnRetry() {
        DeviceLicensesService svc = service(DiscoveryPolicy.ALL, null);
        DeviceLicense floating = find(svc.list(new Cancellation()), "demo-float");
        sb.faults().set(FaultSpec.of("floating/release", "reset").withTimes(1)); // 200 began, then cut off

        Outcome o = svc.free(floating, new Cancellation());

        assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.DEACTIVATED);
        assertThat(o.code()).isEqualTo("floating_released");
        assertThat(o.confirmedOnRetry()).isTrue();
        assertThat(o.attempts()).isEqualTo(2);
        assertThat(sb.activeHardwareIds(4001)).doesNotContain(HW);
    }

    @Test
    void releaseWhoseAnswerIsLostSaysTheFirstRequestMayHaveFreedIt() {
        DeviceLicense floating = find(service(DiscoveryPolicy.ALL, null).list(new Cancellation()), "demo-float");
        sb.faults().set(FaultSpec.of("floating/release", "lost_response").withTimes(1)); // acted, no answer byte
        // A fresh client, so the release goes out on a new connection: on a kept-alive one the client cannot tell
        // "the server acted and closed" from "the server had closed it before" (see the report on that case).
        client = newClient();
        DeviceLicensesService svc = service(DiscoveryPolicy.ALL, null);
        Outcome o = svc.free(floating, new Cancellation());

        // Nothing proves the first request acted, so not "released"; but never "nothing happened" either.
        assertThat(o.kind()).as(o.toString()).isEqualTo(OutcomeKind.ALREADY_INACTIVE);
        assertThat(o.code()).isEqualTo("floating_not_in_use");
        assertThat(o.detail()).contains(OutcomeMapper.MAY_HAVE_ACTED);
        assertThat(new OutcomeText(java.util.Locale.ENGLISH).words(o, "demo-float", HW).text())
                .contains("may have reached the server");
        assertThat(sb.activeHardwareIds(4001)).doesNotContain(HW);
    }

    @Test
    void cancelWhileListingEndsTheWaitAndReportsCancelled() throws Exception {
        sb.faults().set(FaultSpec.of("device_licenses", "hang").withDelayMs(20_000).withTimes(1));
        DeviceLicensesService svc = service(DiscoveryPolicy.ALL, null);
        Cancellation cancel = new Cancellation();
        java.util.concurrent.CompletableFuture<DeviceListing> f =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> svc.list(cancel));
        // The request has reached the sandbox once its one-time fault has been used up.
        long until = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (!sb.faults().list().isEmpty() && System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
        }
        assertThat(sb.faults().list()).as("the listing request reached the sandbox").isEmpty();
        long t0 = System.nanoTime();
        cancel.cancel();
        DeviceListing l = f.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(5));
        assertThat(l.failure()).isEqualTo(ListingFailure.CANCELLED);
        assertThat(l.licenses()).isEmpty();
        assertThat(l.outcome().kind()).isEqualTo(OutcomeKind.CANCELLED);
    }

    @Test
    void vendorProductFilterHidesOtherProducts() {
        DeviceListing l = service(new DiscoveryPolicy(true, Set.of("demo-key", "demo-float")), null)
                .list(new Cancellation());
        assertThat(l.ok()).isTrue();
        assertThat(l.licenses()).extracting(DeviceLicense::product).containsExactlyInAnyOrder("demo-key", "demo-float");
        assertThat(l.hiddenByFilter()).isEqualTo(2);
    }

    @Test
    void discoveryOffSendsNothing() {
        sb.faults().set(FaultSpec.of("*", "reset"));
        DeviceLicensesService svc = service(new DiscoveryPolicy(false, Set.of()), null);
        DeviceListing l = svc.list(new Cancellation());
        assertThat(svc.discoveryEnabled()).isFalse();
        assertThat(l.ok()).isFalse();
        assertThat(l.failure()).isEqualTo(ListingFailure.DISCOVERY_OFF);
        assertThat(l.licenses()).isEmpty();
        assertThat(l.outcome().attempts()).isZero();
    }

    @Test
    void anotherComputersSeatsAreListedByItsHardwareId() {
        DeviceListing l = service(DiscoveryPolicy.ALL, null).list("demo-other-machine-0001", new Cancellation());
        assertThat(l.ok()).isTrue();
        assertThat(l.hardwareId()).isEqualTo("demo-other-machine-0001");
        assertThat(l.licenses()).extracting(DeviceLicense::licenseId).contains(1001L, 1002L, 1003L, 1004L, 4001L);
        DeviceLicense disabled = l.licenses().stream().filter(d -> d.licenseId() == 1004).findFirst().orElseThrow();
        assertThat(disabled.state()).isEqualTo(DeviceLicenseState.DISABLED);
    }

    @Test
    void listingFailuresSayWhy() {
        DeviceLicensesService svc = service(DiscoveryPolicy.ALL, null);
        sb.faults().set(FaultSpec.of("device_licenses", "status").withStatus(404));
        assertThat(svc.list(new Cancellation()).failure()).isEqualTo(ListingFailure.UNSUPPORTED);
        sb.faults().set(FaultSpec.of("device_licenses", "html"));
        DeviceListing html = svc.list(new Cancellation());
        assertThat(html.failure()).isEqualTo(ListingFailure.OFFLINE);
        assertThat(html.licenses()).isEmpty();
        sb.faults().clear();
        sb.close();
        DeviceListing offline = svc.list(new Cancellation());
        assertThat(offline.failure()).isEqualTo(ListingFailure.OFFLINE);
        assertThat(offline.outcome().kind()).isEqualTo(OutcomeKind.NETWORK);
    }

    @Test
    void cancelBeforeListingSendsNothing() {
        Cancellation c = new Cancellation();
        c.cancel();
        DeviceListing l = service(DiscoveryPolicy.ALL, null).list(c);
        assertThat(l.failure()).isEqualTo(ListingFailure.CANCELLED);
        assertThat(l.outcome().attempts()).isZero();
    }
}
