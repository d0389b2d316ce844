package dev.licensemanager.ui.machine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licensemanager.app.CompositionRoot;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.ui.RecordingPresenter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Explain" says the algorithm, the ID and each warning once, on this computer's real hardware ID. */
class ExplanationTest {

    @Test
    void algorithmIdAndWarningsAppearOnce(@TempDir Path home) throws Exception {
        CompositionRoot root = new CompositionRoot(Map.of("LM_HOME", home.toString()));
        MachineIdentity id = root.machineIdentity(root.loadConfig());
        assertThat(id.ok()).isTrue();
        ResourceBundle en = ResourceBundle.getBundle("dev.licensemanager.i18n.messages", Locale.ENGLISH);
        MachineViewModel vm = new MachineViewModel(en, new RecordingPresenter());
        vm.set(id);
        String shown = vm.fullIdProperty().get() + "\n" + vm.explanationProperty().get();
        assertThat(count(shown, id.id())).as(shown).isEqualTo(1);
        assertThat(count(shown, "Algorithm")).as(shown).isEqualTo(1);
        for (String w : id.warnings()) {
            assertThat(count(shown, w)).as(shown).isEqualTo(1);
        }
        assertThat(vm.explanationProperty().get()).doesNotContain(id.id());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
