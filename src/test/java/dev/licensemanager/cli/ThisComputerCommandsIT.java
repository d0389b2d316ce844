package dev.licensemanager.cli;

import dev.licensemanager.service.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licensemanager.cli.ReliabilityKit.CliRun;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code licenses --this-computer}, {@code release} and {@code deactivate --all} against the sandbox, in-process,
 * with the documented JSON and exit codes. Each test starts from a fresh demo seed (the sandbox is restarted).
 */
class ThisComputerCommandsIT {
    static final String HW = "cli-devlic-hw-0001";
    static final List<String> FULL_KEYS = List.of("DEMO-KEY-1111-2222", "DEMO-FLOAT-3333-4444", "DEMO-BUNDLE-0001");
    static SandboxServer sb;
    static Path keyFile;

    @TempDir
    Path home;
    Map<String, String> env;
    final List<CliRun> runs = new ArrayList<>();

    @BeforeAll
    static void key(@TempDir Path dir) {
        keyFile = dir.resolve("sandbox-key.json"); // one RSA key for every sandbox of this class
    }

    @BeforeEach
    void start() throws Exception {
        if (sb != null) {
            sb.close();
        }
        sb = SandboxServer.start(SandboxOptions.builder().thisMachineHardwareId(() -> Optional.of(HW))
                .signingKeyFile(keyFile).build());
        env = ReliabilityKit.cliEnv(home, sb);
    }

    @AfterAll
    static void stop() {
        if (sb != null) {
            sb.close();
        }
    }

    CliRun run(String... args) {
        CliRun r = ReliabilityKit.cli(env, "", args);
        runs.add(r);
        for (String k : FULL_KEYS) {
            assertThat(r.all()).as("full key in the output of " + String.join(" ", args)).doesNotContain(k);
        }
        return r;
    }

    @Test
    void listsTheDemoLicensesAsDocumented() {
        CliRun r = run("licenses", "--this-computer", "--hardware-id", HW, "--json");
        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("hardware_id").asText()).isEqualTo(HW);
        assertThat(j.get("licenses")).hasSize(4);
        JsonNode key = find(j.get("licenses"), "demo-key");
        assertThat(key.get("license_key_last4").asText()).isEqualTo("2222");
        assertThat(key.get("auth").asText()).isEqualTo("key");
        assertThat(key.has("user")).isFalse();
        assertThat(key.get("state").asText()).isEqualTo("active");
        assertThat(key.get("floating_cloud").asBoolean()).isFalse();
        assertThat(key.get("borrowed_until").isNull()).isTrue();
        assertThat(key.get("license_id").asLong()).isEqualTo(1001);
        assertThat(key.get("product_name").asText()).isEqualTo("Demo Key Product");
        JsonNode user = find(j.get("licenses"), "demo-user");
        assertThat(user.get("auth").asText()).isEqualTo("user");
        assertThat(user.get("user").asText()).isEqualTo("alice@example.com");
        assertThat(user.has("license_key_last4")).isFalse();
        JsonNode floating = find(j.get("licenses"), "demo-float");
        assertThat(floating.get("floating_cloud").asBoolean()).isTrue();
        assertThat(floating.get("state").asText()).isEqualTo("floating_in_use");
        assertThat(find(j.get("licenses"), "demo-bundle").get("state").asText()).isEqualTo("active");

        CliRun human = run("licenses", "--this-computer", "--hardware-id", HW);
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("…2222", "alice@example.com", "release", "deactivate_bundle");
    }

    @Test
    void tableAndSummaryTextFollowLmLangAndJapaneseColumnsLineUp() {
        String english = run("licenses", "--this-computer", "--hardware-id", HW, "--json").out();
        env.put("LM_LANG", "ja");
        assertThat(run("licenses", "--this-computer", "--hardware-id", HW, "--json").out())
                .as("--json is the same in every language").isEqualTo(english);
        CliRun ja = run("licenses", "--this-computer", "--hardware-id", HW);
        assertThat(ja.exit()).isZero();
        List<String> lines = ja.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("ハードウェア ID: " + HW);
        String header = lines.get(1);
        assertThat(header).startsWith("製品").contains("ライセンス ID", "キーまたはユーザー", "種類", "状態", "解放方法");
        assertThat(ja.out()).contains("有効", "フローティング枠を使用中", "永続", "バンドルの無効化", "返却")
                .contains("すべて解放するには: license-manager deactivate --all").doesNotContain("freed with");
        // Every row's license ID and state start in the terminal column of their headings (CJK characters are 2 wide).
        int idColumn = columns(header.substring(0, header.indexOf("ライセンス ID")));
        int stateColumn = columns(header.substring(0, header.indexOf("状態")));
        for (String row : lines.subList(2, 6)) {
            String id = row.replaceFirst("^\\S+\\s+(\\d+).*$", "$1");
            assertThat(columns(row.substring(0, row.indexOf(id)))).as(row).isEqualTo(idColumn);
            int state = Math.max(row.indexOf("有効"), row.indexOf("フローティング"));
            assertThat(columns(row.substring(0, state))).as(row).isEqualTo(stateColumn);
        }

        env.put("LM_LANG", "de");
        assertThat(run("licenses", "--this-computer", "--hardware-id", HW).out())
                .contains("Produkt", "Lizenz-ID", "Schlüssel oder Benutzer", "freigeben mit", "Floating-Platz belegt");
        CliRun all = run("deactivate", "--all", "--hardware-id", HW);
        assertThat(all.exit()).as(all.all()).isZero();
        assertThat(all.err()).contains("[1/4] deaktivieren: demo-key …2222");
        assertThat(all.out()).contains("Alle Plätze dieses Computers sind frei.").doesNotContain("Every seat");
        env.put("LM_LANG", "fr");
        CliRun nothing = run("deactivate", "--all", "--hardware-id", HW);
        assertThat(nothing.out()).contains("Rien à libérer : le serveur ne liste aucune licence sur cet ordinateur");
    }

    /** Terminal columns, counted independently of the code under test: Han, kana and fullwidth forms take two. */
    private static int columns(String s) {
        return s.codePoints().map(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303E) || (c >= 0x3040 && c <= 0x30FF)
                    || (c >= 0xFF01 && c <= 0xFF60);
            return wide ? 2 : 1;
        }).sum();
    }

    @Test
    void releaseFreesTheFloatingSeatAndASecondReleaseIsExit3() {
        CliRun r = run("release", "--product", "demo-float", "--license-key", "DEMO-FLOAT-3333-4444", "--hardware-id",
                HW, "--json");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.json().get("outcome").asText()).isEqualTo("deactivated");
        assertThat(r.json().get("code").asText()).isEqualTo("floating_released");
        assertThat(sb.activeHardwareIds(4001)).doesNotContain(HW);

        CliRun again = run("release", "--product", "demo-float", "--license-key", "DEMO-FLOAT-3333-4444",
                "--hardware-id", HW, "--json");
        assertThat(again.exit()).isEqualTo(ExitCodes.ALREADY_INACTIVE);
        assertThat(again.json().get("code").asText()).isEqualTo("floating_not_in_use");
        assertThat(again.json().get("message").asText()).contains("No floating seat in use");

        CliRun notFloating = run("release", "--product", "demo-key", "--license-key", "DEMO-KEY-1111-2222",
                "--hardware-id", HW, "--json");
        assertThat(notFloating.exit()).isEqualTo(ExitCodes.REJECTED);
        assertThat(notFloating.json().get("code").asText()).isEqualTo("license_not_floating");
        assertThat(sb.activeHardwareIds(1001)).contains(HW);
    }

    @Test
    void releaseNeedsExactlyOneIdentityAndSendsNothingOtherwise() {
        CliRun none = run("release", "--product", "demo-float", "--hardware-id", HW);
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        CliRun both = run("release", "--product", "demo-float", "--license-key", "K", "--username", "u@example.com",
                "--hardware-id", HW);
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(sb.activeHardwareIds(4001)).contains(HW);
    }

    @Test
    void deactivateAllFreesEverySeatTheRightWayAndASecondRunIsExit3() {
        CliRun r = run("deactivate", "--all", "--hardware-id", HW, "--json");
        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("outcome").asText()).isEqualTo("deactivated");
        assertThat(j.get("exit_code").asInt()).isZero();
        assertThat(j.get("results")).hasSize(4);
        assertThat(j.get("results").findValuesAsText("action"))
                .containsExactlyInAnyOrder("deactivate", "deactivate", "deactivate_bundle", "release");
        assertThat(j.get("results").findValuesAsText("exit_code")).containsOnly("0");
        for (long id : new long[] {1001, 2001, 3002, 3003, 4001}) {
            assertThat(sb.activeHardwareIds(id)).as("license " + id).doesNotContain(HW);
        }
        assertThat(r.err()).contains("[1/4]", "[4/4]");

        CliRun second = run("deactivate", "--all", "--hardware-id", HW, "--json");
        assertThat(second.exit()).isEqualTo(ExitCodes.ALREADY_INACTIVE);
        assertThat(second.json().get("results")).isEmpty();
        assertThat(second.json().get("exit_code").asInt()).isEqualTo(3);
    }

    @Test
    void deactivateAllReportsTheWorstCodeWhenOneSeatCannotBeFreed() {
        // The floating release fails with a server error on every attempt; the other three are freed.
        sb.faults().set(dev.licensemanager.sandbox.FaultSpec.of("floating/release", "status").withStatus(500));
        CliRun r = run("deactivate", "--all", "--hardware-id", HW, "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.SERVER);
        assertThat(r.json().get("results")).hasSize(4);
        assertThat(r.json().get("results").findValuesAsText("exit_code")).containsExactlyInAnyOrder("0", "0", "0", "8");
        assertThat(sb.activeHardwareIds(4001)).contains(HW);
        assertThat(sb.activeHardwareIds(1001)).doesNotContain(HW);
    }

    @Test
    void allRefusesAnIdentityAndSendsNothing() {
        CliRun r = run("deactivate", "--all", "--license-key", "DEMO-KEY-1111-2222", "--hardware-id", HW, "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        CliRun none = run("deactivate", "--hardware-id", HW, "--json");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.json().get("problems").toString()).contains("--all");
        assertThat(sb.activeHardwareIds(1001)).contains(HW);
    }

    @Test
    void vendorFilterAndDiscoveryOffComeFromTheConfiguration() throws Exception {
        Path vendor = Path.of(env.get("LM_VENDOR_CONFIG"));
        Files.writeString(vendor, "{\"proxy\":{\"mode\":\"none\"},\"discovery\":{\"products\":[\"demo-key\"]}}");
        CliRun filtered = run("licenses", "--this-computer", "--hardware-id", HW, "--json");
        assertThat(filtered.exit()).as(filtered.all()).isZero();
        assertThat(filtered.json().get("licenses").findValuesAsText("product")).containsExactly("demo-key");
        CliRun all = run("deactivate", "--all", "--hardware-id", HW, "--json");
        assertThat(all.json().get("results")).hasSize(1);
        assertThat(sb.activeHardwareIds(4001)).contains(HW);

        Files.writeString(vendor, "{\"proxy\":{\"mode\":\"none\"},\"discovery\":{\"enabled\":false}}");
        CliRun off = run("deactivate", "--all", "--hardware-id", HW, "--json");
        assertThat(off.exit()).isEqualTo(ExitCodes.VENDOR_CONFIG);
        assertThat(off.json().get("listing_failed").asText()).isEqualTo("discovery_off");
        assertThat(sb.activeHardwareIds(4001)).contains(HW);

        Files.writeString(vendor, "{\"discovery\":{\"products\":\"some\"}}");
        CliRun bad = run("licenses", "--this-computer", "--hardware-id", HW, "--json");
        assertThat(bad.exit()).isEqualTo(ExitCodes.VENDOR_CONFIG);
        assertThat(bad.all()).contains("discovery.products");
    }

    @Test
    void aListingFailureIsNeverNothingHere() {
        sb.faults().set(dev.licensemanager.sandbox.FaultSpec.of("device_licenses", "malformed"));
        CliRun r = run("deactivate", "--all", "--hardware-id", HW, "--json");
        assertThat(r.exit()).isNotIn(0, 3);
        assertThat(r.json().get("listing_failed").asText()).isEqualTo("malformed");
        CliRun list = run("licenses", "--this-computer", "--hardware-id", HW);
        assertThat(list.exit()).isNotZero();
        assertThat(list.err()).contains("Could not list");
    }

    private static JsonNode find(JsonNode list, String product) {
        for (JsonNode n : list) {
            if (n.get("product").asText().equals(product)) {
                return n;
            }
        }
        throw new AssertionError(product + " not in " + list);
    }
}
