package dev.licensemanager.ui.machine;

import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.ui.common.StatusPresenter;
import dev.licensemanager.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "This computer": the hardware ID (computed once, off the FX thread), shortened, with copy and explain. */
public final class MachineViewModel {
    private final ResourceBundle bundle;
    private final StatusPresenter presenter;
    private final ObjectProperty<MachineIdentity> identity = new SimpleObjectProperty<>();
    private final StringProperty shortId = new SimpleStringProperty("");
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty fullId = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private boolean overridden;

    public MachineViewModel(ResourceBundle bundle, StatusPresenter presenter) {
        this.bundle = bundle;
        this.presenter = presenter;
        shortId.set(bundle.getString("machine.computing"));
    }

    public void load(TaskRunner runner, Supplier<MachineIdentity> source) {
        if (overridden) {
            return; // support gave the ID; computing this computer's would only replace it
        }
        runner.run(c -> source.get(), this::set,
                e -> set(MachineIdentity.failed("?", String.valueOf(e.getMessage()))));
    }

    /**
     * Uses a hardware ID support gave (window argument or link) instead of computing it, e.g. when the product
     * was activated with a custom or older ID. The explanation says where it came from.
     */
    public void override(String id) {
        overridden = true;
        set(new MachineIdentity(id, bundle.getString("machine.override.algorithm"), null,
                java.util.List.of(bundle.getString("machine.override.warning")), null));
    }

    void set(MachineIdentity id) {
        identity.set(id);
        ready.set(id.ok());
        shortId.set(id.ok() ? OutcomeText.shortId(id.id())
                : MessageFormat.format(bundle.getString("machine.failed"), id.problem()));
        fullId.set(id.ok() ? MessageFormat.format(bundle.getString("machine.explain.full"), id.id()) : "");
        StringBuilder sb = new StringBuilder(MessageFormat.format(bundle.getString("machine.explain.algorithm"),
                id.algorithm()));
        id.warnings().forEach(w -> sb.append('\n').append(MessageFormat.format(bundle.getString("machine.explain.warning"), w)));
        String rest = withoutRepeats(id);
        if (!rest.isBlank()) {
            sb.append("\n\n").append(rest);
        }
        sb.append("\n\n").append(bundle.getString("machine.explain.why"));
        explanation.set(sb.toString());
    }

    /**
     * The explanation's own lines minus what the lines above already say: its algorithm and ID lines and its
     * warnings (shown once, in the user's language). What remains is how the ID was computed (sources read).
     */
    static String withoutRepeats(MachineIdentity id) {
        if (id.explanation() == null) {
            return "";
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String line : id.explanation().split("\\R")) {
            String t = line.strip();
            String bare = t.startsWith("- ") ? t.substring(2) : t;
            boolean repeat = t.startsWith("Algorithm:") || t.equals("Warnings:")
                    || id.id() != null && !id.id().isEmpty() && t.contains(id.id()) || id.warnings().contains(bare);
            if (!repeat) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).strip();
    }

    public void copy() {
        MachineIdentity id = identity.get();
        if (id != null && id.ok()) {
            presenter.copyToClipboard(id.id());
        }
    }

    public String hardwareId() {
        MachineIdentity id = identity.get();
        return id == null ? null : id.id();
    }

    public String algorithm() {
        MachineIdentity id = identity.get();
        return id == null ? null : id.algorithm();
    }

    public boolean hasWarnings() {
        MachineIdentity id = identity.get();
        return id != null && !id.warnings().isEmpty();
    }

    public StringProperty shortIdProperty() {
        return shortId;
    }

    /** "Full ID: …", shown on its own unwrapped line (a hex string must not break in the middle). */
    public StringProperty fullIdProperty() {
        return fullId;
    }

    public StringProperty explanationProperty() {
        return explanation;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public ObjectProperty<MachineIdentity> identityProperty() {
        return identity;
    }
}
