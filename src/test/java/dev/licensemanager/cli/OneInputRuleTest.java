package dev.licensemanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.api.ApiAuth;
import dev.licensemanager.api.Secret;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.service.DeactivationInput;
import dev.licensemanager.service.InputNormaliser;
import dev.licensemanager.service.Outcome;
import dev.licensemanager.service.OutcomeKind;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.service.offline.OfflineRequestBuilder;
import dev.licensemanager.ui.key.KeyViewModel;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One license-key rule for every face: the hostile input corpus goes through the window's key view model, the
 * service the CLI calls, and the offline request builder. For each input all three agree (usable or refused), and
 * the window sends exactly the value the CLI would send.
 */
class OneInputRuleTest {
    private static final String VALID = "ABCD-EFGH-1234-5678";

    @Test
    void windowCliAndOfflineRequestShareTheLicenseKeyRule() throws Exception {
        ResourceBundle bundle = ResourceBundle.getBundle(OutcomeText.BUNDLE, Locale.ENGLISH, KeyViewModel.class.getModule());
        KeyViewModel window = new KeyViewModel(bundle);
        OfflineRequestBuilder offline = new OfflineRequestBuilder(new ApiAuth.ApiKey("ak", Secret.of("sk")),
                Clock.systemUTC(), UUID::randomUUID, "lm", "test");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        var service = ReliabilityKit.service(ReliabilityKit.fastSettings("http://127.0.0.1:" + closedPort, "k", "s", null)
                .withMaxAttempts(1));
        List<String> corpus = new ArrayList<>(FuzzInputCorpusTest.corpus(VALID));
        corpus.addAll(List.of("License key: " + VALID, VALID + "\u00a0", "k".repeat(200), "k".repeat(256),
                "k".repeat(257), "ab c"));
        List<String> disagreements = new ArrayList<>();
        int usable = 0;
        for (String typed : corpus) {
            window.keyProperty().set(typed);
            boolean windowOk = window.valid().get();
            boolean windowSaysWhy = !window.errorProperty().get().isEmpty();
            Outcome o = service.deactivate(DeactivationInput.licenseKey("lm-product", "hw-1", typed), new Cancellation());
            boolean cliOk = o.kind() != OutcomeKind.INVALID_INPUT;
            boolean offlineOk;
            try {
                offline.build(DeactivationInput.licenseKey("lm-product", "hw-1", typed));
                offlineOk = true;
            } catch (IllegalArgumentException refused) {
                offlineOk = false;
                assertThat(refused.getMessage()).contains("license key");
            }
            if (windowOk != cliOk || cliOk != offlineOk || (!windowOk && !typed.isBlank() && !windowSaysWhy)) {
                disagreements.add(visible(typed) + " window=" + windowOk + " cli=" + cliOk + " offline=" + offlineOk);
            }
            if (windowOk) {
                usable++;
                assertThat(window.snapshot("lm-product", "hw-1").licenseKey()).as(visible(typed))
                        .isEqualTo(InputNormaliser.licenseKey(typed));
                assertThat(o.kind()).as("sent, so the closed port answered: " + visible(typed)).isEqualTo(OutcomeKind.NETWORK);
            }
        }
        assertThat(disagreements).as(disagreements.size() + " of " + corpus.size() + " inputs").isEmpty();
        assertThat(usable).as("the corpus has usable and refused keys").isBetween(5, corpus.size() - 20);
        window.keyProperty().set("License key: " + VALID + "\u00a0");
        assertThat(window.valid().get()).isTrue();
        assertThat(window.snapshot("p", "h").licenseKey()).isEqualTo(VALID);
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder();
        String t = s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
        t.codePoints().forEach(cp -> b.append(cp < 0x20 || cp > 0x7e ? String.format("\\u%04x", cp) : String.valueOf((char) cp)));
        return b.toString();
    }
}
