package dev.licensemanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoint validation and license semantics over real loopback HTTP, with the built-in seed. */
class SandboxLicenseTest {
    static final String THIS_MACHINE = "hwid-this-machine-0001";
    @RegisterExtension
    final RunningSandbox sandbox = RunningSandbox.thisMachine(THIS_MACHINE);
    private final SandboxServer server = sandbox.server;
    private final TestClient client = sandbox.client;

    static Map<String, Object> m(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }

    private HttpResponse<String> activate(String key, String hwid) {
        return client.post("activate_license", m("product", "demo-key", "license_key", key, "hardware_id", hwid));
    }

    private HttpResponse<String> deactivate(String key, String hwid) {
        return client.post("deactivate_license", m("product", "demo-key", "license_key", key, "hardware_id", hwid));
    }

    private HttpResponse<String> check(String key, String hwid) {
        return client.get("check_license", m("product", "demo-key", "license_key", key, "hardware_id", hwid,
                "include_expired_features", false));
    }

    @Test
    void wholeLifeOfAKeyLicense() {
        String key = "DEMO-UNUSED-0001";
        assertThat(TestClient.code(deactivate(key, "pc-a"))).isEqualTo("license_not_active");
        HttpResponse<String> act = activate(key, "pc-a");
        assertThat(act.statusCode()).isEqualTo(200);
        JsonNode a = TestClient.tree(act);
        assertThat(a.path("id").asLong()).isEqualTo(1006);
        assertThat(a.path("times_activated").asInt()).isEqualTo(1);
        assertThat(a.path("transfer_count").asInt()).isZero();
        assertThat(a.path("license_signature").asText()).isNotBlank();

        HttpResponse<String> chk = check(key, "pc-a");
        assertThat(chk.statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(chk).path("license_active").asBoolean()).isTrue();
        assertThat(TestClient.tree(chk).path("license_enabled").asBoolean()).isTrue();

        assertThat(TestClient.code(activate(key, "pc-b"))).isEqualTo("license_activated_max_times");

        HttpResponse<String> off = deactivate(key, "pc-a");
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(off.body()).isEqualTo("license_deactivated");
        assertThat(off.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(off.headers().firstValue("LicenseSignature")).isEmpty();

        HttpResponse<String> again = deactivate(key, "pc-a");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(TestClient.code(again)).isEqualTo("device_not_found");
        assertThat(TestClient.code(check(key, "pc-a"))).isEqualTo("device_not_found");

        HttpResponse<String> elsewhere = activate(key, "pc-b");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(elsewhere).path("transfer_count").asInt()).isEqualTo(1);
        assertThat(server.transferCount(1006)).isEqualTo(1);
        assertThat(server.activeHardwareIds(1006)).containsExactly("pc-b");

        // reactivating the same device is idempotent: no second seat
        assertThat(TestClient.tree(activate(key, "pc-b")).path("times_activated").asInt()).isEqualTo(1);
    }

    @Test
    void defaultSeedPreActivatesThisMachine() {
        assertThat(server.activeHardwareIds(1001)).contains(THIS_MACHINE);
        assertThat(deactivate(server.demo().licenseKey(), THIS_MACHINE).body()).isEqualTo("license_deactivated");
        assertThat(client.post("deactivate_license", m("product", "demo-user", "username", "alice@example.com",
                "hardware_id", THIS_MACHINE)).statusCode()).isEqualTo(200);
    }

    @Test
    void transferLimitAndPreventTransfer() {
        String one = "DEMO-ONE-SEAT-0001"; // max_transfers 1, seeded active on demo-other-machine-0001
        assertThat(deactivate(one, "demo-other-machine-0001").statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(activate(one, "pc-a")).path("transfer_count").asInt()).isEqualTo(1);
        assertThat(deactivate(one, "pc-a").statusCode()).isEqualTo(200);
        assertThat(TestClient.code(activate(one, "pc-b"))).isEqualTo("license_transferred_max_times");
        assertThat(activate(one, "pc-a").statusCode()).as("returning to a known device is no transfer").isEqualTo(200);

        String locked = "DEMO-LOCKED-0001";
        assertThat(deactivate(locked, "demo-other-machine-0001").statusCode()).isEqualTo(200);
        assertThat(TestClient.code(activate(locked, "pc-new"))).isEqualTo("license_transferred_max_times");
        assertThat(activate(locked, "demo-other-machine-0001").statusCode()).isEqualTo(200);
    }

    @Test
    void licenseStateErrors() {
        assertThat(TestClient.code(activate("DEMO-DISABLED-0001", "pc-a"))).isEqualTo("license_not_enabled");
        assertThat(TestClient.code(deactivate("DEMO-DISABLED-0001", "demo-other-machine-0001"))).isEqualTo("license_not_enabled");
        assertThat(TestClient.code(check("DEMO-DISABLED-0001", "demo-other-machine-0001"))).isEqualTo("license_not_enabled");
        assertThat(TestClient.code(activate("DEMO-EXPIRED-0001", "pc-a"))).isEqualTo("license_expired");
        assertThat(TestClient.code(activate("NO-SUCH-KEY", "pc-a"))).isEqualTo("license_not_found");
        assertThat(TestClient.code(client.post("activate_license", m("product", "demo-vm-free",
                "license_key", "DEMO-NO-VM-0001", "hardware_id", "vm-1", "is_vm", true)))).isEqualTo("vm_not_allowed");
        assertThat(client.post("activate_license", m("product", "demo-vm-free", "license_key", "DEMO-NO-VM-0001",
                "hardware_id", "pc-1", "is_vm", false)).statusCode()).isEqualTo(200);
    }

    @Test
    void requestValidation() {
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "nope", "license_key", "K", "hardware_id", "h"))))
                .isEqualTo("unknown_product");
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "demo-key", "license_key", "K"))))
                .isEqualTo("missing_hardware_id");
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "demo-key", "hardware_id", "h"))))
                .isEqualTo("license_key_required");
        assertThat(TestClient.code(client.post("deactivate_license", m("license_key", "K", "hardware_id", "h"))))
                .isEqualTo("missing_parameters");
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "demo-key", "license_key", "K",
                "username", "alice@example.com", "hardware_id", "h")))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "demo-key", "license_key", "K",
                "hardware_id", "h", "colour", "blue")))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "demo-key", "license_key", "K",
                "hardware_id", 42)))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "demo-user", "hardware_id", "h",
                "id_token", "t")))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.send(client.api("deactivate_license")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build()))).isEqualTo("invalid_json");
        assertThat(TestClient.code(client.send(client.api("deactivate_license")
                .POST(HttpRequest.BodyPublishers.ofString("[1,2]")).build()))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.get("check_license", m("product", "demo-key", "license_key", "K")))).isEqualTo("missing_hardware_id");
        assertThat(client.post("no_such_endpoint", m()).statusCode()).isEqualTo(404);
        assertThat(client.get("deactivate_license", m()).statusCode()).isEqualTo(405);
        assertThat(TestClient.code(client.get("product_details", m()))).isEqualTo("missing_parameters");
        assertThat(TestClient.code(client.get("product_details", m("product", "nope")))).isEqualTo("unknown_product");
    }

    /**
     * {@code product_details} as LicenseSpring answers it: signed (the client verifies the {@code LicenseSignature}
     * with the sandbox's public key), the seed's product name; an unknown code is {@code unknown_product}, HTTP 400
     * (the reference's code and status; the real server's message text is not known).
     */
    @Test
    void productDetailsNamesEachSeedProductThroughTheRealClient() throws Exception {
        var settings = dev.licensemanager.api.ClientSettings.defaults(server.baseUrl(),
                new dev.licensemanager.api.ApiAuth.ApiKey(server.apiKey(),
                        dev.licensemanager.api.Secret.of(server.sharedKey())),
                dev.licensemanager.api.ResponseSignatureVerifier.parsePem(server.publicKeyPem()));
        var names = new dev.licensemanager.service.ProductDetailsNames(
                new dev.licensemanager.api.OkHttpLicenseApiClient(settings));
        var none = dev.licensemanager.common.Cancellation.none();
        assertThat(names.name("demo-key", none)).contains("Demo Key Product");
        assertThat(names.name("demo-user", none)).contains("Demo User Product");
        assertThat(names.name("demo-float", none)).contains("Demo Floating Product");
        assertThat(names.name("nope", none)).isEmpty();
        HttpResponse<String> unknown = client.get("product_details", m("product", "nope"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(TestClient.tree(unknown).path("status").asInt()).isEqualTo(400);
        HttpResponse<String> known = client.get("product_details", m("product", "demo-user"));
        assertThat(known.headers().firstValue("LicenseSignature")).isPresent();
        assertThat(TestClient.tree(known).path("authorization_method").asText()).isEqualTo("user");
        // Signed with another key, the same answer names nothing: the name is never taken unverified.
        var otherKey = new dev.licensemanager.service.ProductDetailsNames(new dev.licensemanager.api.OkHttpLicenseApiClient(
                settings.withPublicKey(java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic())));
        assertThat(otherKey.name("demo-key", none)).isEmpty();
    }

    @Test
    void userBasedLicensesPasswordsAndLicenseIdSelection() {
        Map<String, Object> act = m("product", "demo-user", "username", "alice@example.com", "password", "demo-password",
                "hardware_id", "pc-u", "license_id", 2002);
        HttpResponse<String> ok = client.post("activate_license", act);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(ok).path("id").asLong()).isEqualTo(2002);
        assertThat(TestClient.tree(ok).path("user").path("email").asText()).isEqualTo("alice@example.com");

        HttpResponse<String> wrong = client.post("activate_license", m("product", "demo-user", "username",
                "alice@example.com", "password", "nope", "hardware_id", "pc-u"));
        assertThat(TestClient.code(wrong)).isEqualTo(SandboxBehaviour.WRONG_PASSWORD_CODE);
        assertThat(TestClient.code(client.post("activate_license", m("product", "demo-user", "username",
                "alice@example.com", "hardware_id", "pc-u")))).isEqualTo("validation_error");
        assertThat(TestClient.code(client.post("deactivate_license", m("product", "demo-user", "username",
                "alice@example.com", "password", "nope", "hardware_id", "pc-u")))).isEqualTo(SandboxBehaviour.WRONG_PASSWORD_CODE);
        assertThat(TestClient.code(client.post("activate_license", m("product", "demo-user", "username",
                "alice@example.com", "password", "demo-password", "hardware_id", "pc-u", "license_id", 999))))
                .isEqualTo("license_not_found");
        assertThat(TestClient.code(client.post("activate_license", m("product", "demo-user", "username",
                "nobody@example.com", "password", "x", "hardware_id", "pc-u")))).isEqualTo("license_not_found");

        // deactivation by username alone, as the Node SDK sends it; finds the license holding this device
        HttpResponse<String> off = client.post("deactivate_license", m("product", "demo-user", "username",
                "alice@example.com", "hardware_id", "pc-u"));
        assertThat(off.body()).isEqualTo("license_deactivated");
        assertThat(server.activeHardwareIds(2002)).isEmpty();

        HttpResponse<String> list = client.get("user_licenses", m("product", "demo-user", "username",
                "alice@example.com", "password", "demo-password"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(list)).hasSize(2);
        assertThat(TestClient.tree(list).get(0).path("license").path("id").asLong()).isEqualTo(2001);
        assertThat(TestClient.tree(list).get(0).path("user").path("email").asText()).isEqualTo("alice@example.com");
        assertThat(TestClient.code(client.get("user_licenses", m("product", "demo-user", "username",
                "alice@example.com", "password", "bad")))).isEqualTo(SandboxBehaviour.WRONG_PASSWORD_CODE);
    }

    @Test
    void productDetailsTellsKeyFromUser() {
        assertThat(TestClient.tree(client.get("product_details", m("product", "demo-key"))).path("authorization_method").asText())
                .isEqualTo("license-key");
        JsonNode user = TestClient.tree(client.get("product_details", m("product", "demo-user", "include_latest_version", true)));
        assertThat(user.path("authorization_method").asText()).isEqualTo("user");
        assertThat(user.has("latest_version")).isTrue();
    }

    @Test
    void bundlesActivateAndDeactivateTogether() {
        Map<String, Object> req = m("product", "demo-bundle", "license_key", "DEMO-BUNDLE-0001", "hardware_id", "pc-b");
        HttpResponse<String> act = client.post("activate_bundle", req);
        assertThat(act.statusCode()).isEqualTo(200);
        assertThat(TestClient.tree(act)).hasSize(2);
        assertThat(server.activeHardwareIds(3003)).contains("pc-b");
        assertThat(client.post("deactivate_bundle", req).body()).isEqualTo("license_deactivated");
        assertThat(server.activeHardwareIds(3002)).doesNotContain("pc-b");
        assertThat(TestClient.code(client.post("deactivate_bundle", req))).isEqualTo("device_not_found");
        assertThat(TestClient.code(client.post("activate_license", req))).isEqualTo("validation_error");
    }
}
