package dev.licensemanager.service;

import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.DeactivateRequest;
import dev.licensemanager.api.DeviceInfo;
import dev.licensemanager.api.DeviceLicenseItem;
import dev.licensemanager.api.Identity;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.NetworkKind;
import dev.licensemanager.api.ReleaseRequest;
import dev.licensemanager.common.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Licenses on this computer": asks the server which licenses a hardware ID holds ({@code device_licenses}) and
 * frees each seat the way LicenseSpring's SDKs do (see {@link FreeMethod}). Never runs on the FX thread.
 * Freeing keeps every rule of a deactivation: retries, the lost-response rule, Cancel, the outcome history.
 */
public final class DeviceLicensesService implements ComputerLicenses {
    private final LicenseApiClient client;
    private final DeviceInfo device;
    private final Supplier<MachineIdentity> machine;
    private final DiscoveryPolicy policy;
    private final OutcomeHistory history;

    /** {@code machine} computes this computer's ID (cached by the caller); {@code history} may be null. */
    public DeviceLicensesService(LicenseApiClient client, DeviceInfo device, Supplier<MachineIdentity> machine,
                                 DiscoveryPolicy policy, OutcomeHistory history) {
        this.client = client;
        this.device = device;
        this.machine = machine;
        this.policy = policy == null ? DiscoveryPolicy.ALL : policy;
        this.history = history;
    }

    /** Whether the vendor allows listing at all (the window goes straight to manual entry when not). */
    @Override
    public boolean discoveryEnabled() {
        return policy.enabled();
    }

    /** The licenses this computer holds. */
    @Override
    public DeviceListing list(Cancellation cancel) {
        return list(null, cancel);
    }

    /** The licenses the computer with {@code hardwareId} holds ({@code null} = this computer). */
    @Override
    public DeviceListing list(String hardwareId, Cancellation cancel) {
        if (!policy.enabled()) {
            return DeviceListing.failed(hardwareId, ListingFailure.DISCOVERY_OFF, Outcome.of(
                    OutcomeKind.VENDOR_CONFIG_PROBLEM, "discovery_off", "the vendor configuration turns discovery off"));
        }
        String hw = hardwareId;
        if (hw == null) {
            MachineIdentity id = machine.get();
            if (id.id() == null) {
                return DeviceListing.failed(null, ListingFailure.NO_HARDWARE_ID,
                        Outcome.of(OutcomeKind.UNEXPECTED, "hardware_id_unavailable", String.valueOf(id.problem())));
            }
            hw = id.id();
        }
        ApiResult<List<DeviceLicenseItem>> r = client.deviceLicenses(hw, cancel);
        if (r instanceof ApiResult.Success<List<DeviceLicenseItem>> s) {
            List<DeviceLicense> shown = new ArrayList<>();
            int hidden = 0;
            for (DeviceLicenseItem item : s.value()) {
                if (policy.shows(item.shortCode())) {
                    shown.add(DeviceLicenseMapping.from(item, hw));
                } else {
                    hidden++;
                }
            }
            return new DeviceListing(hw, shown, hidden, null, null);
        }
        return DeviceListing.failed(hw, failureKind(r), OutcomeMapper.fromFailure(r));
    }

    /** Frees one seat: deactivate, deactivate_bundle or release, as {@link DeviceLicense#freeMethod()} says. */
    @Override
    public Outcome free(DeviceLicense license, Cancellation cancel) {
        Identity identity = license.userBased() ? new Identity.User(license.user(), null)
                : new Identity.LicenseKey(license.licenseKey());
        Outcome o = switch (license.freeMethod()) {
            case RELEASE -> OutcomeMapper.fromRelease(client.floatingRelease(
                    new ReleaseRequest(license.product(), license.hardwareId(), identity, license.licenseId()), cancel));
            case DEACTIVATE, DEACTIVATE_BUNDLE -> {
                DeactivateRequest req = DeactivateRequest.of(license.product(), license.hardwareId(), identity)
                        .withLicenseId(license.licenseId()).withBundleCode(license.bundleCode()).withDevice(device);
                yield OutcomeMapper.fromDeactivation(client.deactivate(
                        license.freeMethod() == FreeMethod.DEACTIVATE_BUNDLE ? req.asBundle() : req, cancel));
            }
        };
        if (history != null) {
            history.record(license.freeMethod().action(), license.product(), o);
        }
        return o;
    }

    /**
     * {@code floating/release} for a seat named by hand (the CLI's {@code release}): exactly one of
     * {@code licenseKey} and {@code username}; never a password. Bad input is refused before sending.
     */
    public Outcome release(String product, String hardwareId, String licenseKey, String username, Long licenseId,
                           Cancellation cancel) {
        if ((licenseKey == null) == (username == null)) {
            return Outcome.invalid(List.of("give exactly one of a license key and a username"));
        }
        Identity identity = licenseKey != null ? new Identity.LicenseKey(licenseKey) : new Identity.User(username, null);
        Outcome o = OutcomeMapper.fromRelease(client.floatingRelease(
                new ReleaseRequest(product, hardwareId, identity, licenseId), cancel));
        if (history != null && o.attempts() > 0) {
            history.record(FreeMethod.RELEASE.action(), product, o);
        }
        return o;
    }

    /**
     * Frees every license in order, one request at a time. After Cancel the remaining licenses are not sent and
     * get a "cancelled before anything was sent" outcome, so the summary has one line per license.
     */
    @Override
    public FreeAllResult freeAll(List<DeviceLicense> licenses, Cancellation cancel, FreeProgress progress) {
        FreeProgress p = progress == null ? FreeProgress.NONE : progress;
        List<FreeAllResult.Item> out = new ArrayList<>();
        int total = licenses.size();
        for (int i = 0; i < total; i++) {
            DeviceLicense l = licenses.get(i);
            p.started(i, total, l);
            Outcome o = cancel.isCancelled()
                    ? Outcome.of(OutcomeKind.CANCELLED, "cancelled", "cancelled before anything was sent")
                    : free(l, cancel);
            out.add(new FreeAllResult.Item(l, o));
            p.finished(i, total, l, o);
        }
        return new FreeAllResult(out);
    }

    static ListingFailure failureKind(ApiResult<?> r) {
        if (r instanceof ApiResult.Cancelled<?>) {
            return ListingFailure.CANCELLED;
        }
        if (r instanceof ApiResult.Invalid<?>) {
            return ListingFailure.NO_HARDWARE_ID;
        }
        if (r instanceof ApiResult.TransportError<?> t) {
            return t.kind() == NetworkKind.INSECURE_URL ? ListingFailure.NOT_ALLOWED : ListingFailure.OFFLINE;
        }
        if (r instanceof ApiResult.ProtocolError<?> p) {
            // An HTML page is a captive portal or a proxy's page, not the License API: as offline (OutcomeMapper agrees).
            return p.problem() == dev.licensemanager.api.ProtocolProblem.HTML_PAGE ? ListingFailure.OFFLINE
                    : ListingFailure.MALFORMED;
        }
        if (r instanceof ApiResult.ApiError<?> e) {
            if (e.status() == 404 || e.status() == 405 || e.status() == 501 || "not_found".equals(e.code())) {
                return ListingFailure.UNSUPPORTED;
            }
            OutcomeKind k = OutcomeTable.kindFor(e.code(), e.status());
            return switch (k) {
                case VENDOR_CONFIG_PROBLEM, PRODUCT_PROBLEM, CREDENTIALS_REJECTED, REJECTED, LICENSE_PROBLEM ->
                        ListingFailure.NOT_ALLOWED;
                default -> ListingFailure.OTHER;
            };
        }
        return ListingFailure.OTHER;
    }
}
