package dev.licensemanager.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The License API endpoints: request validation and the call into {@link LicenseOps}. Auth has already passed. */
final class Endpoints {
    private static final Map<String, String> METHODS = Map.ofEntries(
            Map.entry("activate_license", "POST"), Map.entry("deactivate_license", "POST"),
            Map.entry("activate_bundle", "POST"), Map.entry("deactivate_bundle", "POST"),
            Map.entry("deactivate_offline", "POST"), Map.entry("check_license", "GET"),
            Map.entry("user_licenses", "GET"), Map.entry("product_details", "GET"), Map.entry("sso_url", "GET"),
            Map.entry("device_licenses", "GET"), Map.entry("floating/release", "POST"),
            Map.entry("floating/borrow", "POST"));
    /** check_license counts: on a floating cloud license it takes or refreshes a seat. */
    private static final Set<String> CHANGES = Set.of("activate_license", "deactivate_license", "activate_bundle",
            "deactivate_bundle", "deactivate_offline", "check_license", "floating/release", "floating/borrow");
    private static final Set<String> RELEASE = Set.of("hardware_id", "product", "license_key", "username", "license_id",
            "sdk_ver", "app_ver", "os_ver", "hostname");
    private static final Set<String> CHECK_EXTRA = Set.of("include_expired_features", "env", "channel");
    private static final Set<String> USER_LICENSES = Set.of("product", "username", "password", "id_token", "code",
            "customer_account_code", "redirect_uri");
    private static final Set<String> PRODUCT_DETAILS = Set.of("product", "include_latest_version",
            "include_custom_fields", "env", "license_key", "username", "license_id");

    private final ObjectMapper mapper;
    private final LicenseOps ops;
    private final SsoUrls sso;
    private final OfflineDeactivation offline;

    Endpoints(ObjectMapper mapper, LicenseOps ops, SsoUrls sso, OfflineDeactivation offline) {
        this.mapper = mapper;
        this.ops = ops;
        this.sso = sso;
        this.offline = offline;
    }

    boolean known(String name) {
        return METHODS.containsKey(name);
    }

    String method(String name) {
        return METHODS.get(name);
    }

    boolean changesState(String name) {
        return CHANGES.contains(name);
    }

    Reply call(String name, HttpExchange ex, Function<byte[], Map<String, Object>> json) throws IOException {
        return switch (name) {
            case "activate_license" -> Reply.json(mapper, 200, ops.activate(deviceCall(body(ex, json), false)), true);
            case "activate_bundle" -> Reply.json(mapper, 200, ops.activateBundle(deviceCall(body(ex, json), false)), true);
            case "deactivate_license" -> {
                ops.deactivate(deviceCall(body(ex, json), false));
                yield Reply.text(200, SandboxBehaviour.DEACTIVATED_BODY);
            }
            case "deactivate_bundle" -> {
                ops.deactivateBundle(deviceCall(body(ex, json), false));
                yield Reply.text(200, SandboxBehaviour.DEACTIVATED_BODY);
            }
            case "check_license" -> Reply.json(mapper, 200, ops.check(deviceCall(HttpIo.query(ex), true)), true);
            case "user_licenses" -> {
                RequestFields f = new RequestFields(HttpIo.query(ex), true).allowOnly(USER_LICENSES, Set.of());
                String product = f.require("product", "missing_parameters");
                yield Reply.json(mapper, 200, ops.userLicenses(product, Identity.from(f, true)), true);
            }
            case "product_details" -> {
                RequestFields f = new RequestFields(HttpIo.query(ex), true).allowOnly(PRODUCT_DETAILS, Set.of());
                String product = f.require("product", "missing_parameters");
                yield Reply.json(mapper, 200, ops.productDetails(product, f.flag("include_latest_version"),
                        f.flag("include_custom_fields")), true);
            }
            case "sso_url" -> Reply.json(mapper, 200, sso.ssoUrl(new RequestFields(HttpIo.query(ex), true)), true);
            case "device_licenses" -> {
                RequestFields f = new RequestFields(HttpIo.query(ex), true).allowOnly(Set.of("hardware_id"), Set.of());
                yield Reply.json(mapper, 200, ops.deviceLicenses(f.require("hardware_id", "missing_hardware_id")), true);
            }
            case "floating/release" -> {
                Map<String, Object> b = body(ex, json);
                new RequestFields(b, false).allowOnly(RELEASE, Set.of());
                ops.release(deviceCall(b, false));
                yield Reply.text(200, SandboxBehaviour.RELEASED_BODY);
            }
            case "floating/borrow" -> {
                Map<String, Object> b = new java.util.LinkedHashMap<>(body(ex, json));
                Object until = b.remove("borrowed_until");
                yield Reply.json(mapper, 200, ops.borrow(deviceCall(b, false), until == null ? null : String.valueOf(until)),
                        true);
            }
            case "deactivate_offline" -> {
                offline.deactivate(HttpIo.body(ex));
                yield Reply.text(200, SandboxBehaviour.DEACTIVATED_BODY);
            }
            default -> throw new IllegalStateException(name);
        };
    }

    private static Map<String, Object> body(HttpExchange ex, Function<byte[], Map<String, Object>> json) throws IOException {
        byte[] raw = HttpIo.body(ex);
        if (raw.length == 0) {
            throw ApiException.bad("invalid_json", "The request body is empty.");
        }
        return json.apply(raw);
    }

    /** Validates a device request: known fields only, product, hardware_id, exactly one identity. */
    LicenseOps.DeviceCall deviceCall(Map<String, Object> values, boolean query) {
        RequestFields f = new RequestFields(values, query).allowOnly(RequestFields.DEVICE_FIELDS, query ? CHECK_EXTRA : Set.of());
        String product = f.require("product", "missing_parameters");
        String hardwareId = f.require("hardware_id", "missing_hardware_id");
        Long licenseId = f.number("license_id");
        boolean isVm = f.flag("is_vm");
        Identity identity = Identity.from(f, ops.userBased(product));
        return new LicenseOps.DeviceCall(product, identity, licenseId, hardwareId, isVm);
    }
}
