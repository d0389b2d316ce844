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
        StringBuilder sb = new StringBuilder(MessageFormat.format(bundle.getString("machine.explain.algorithm"),
                id.algorithm()));
        if (id.ok()) {
            sb.append('\n').append(MessageFormat.format(bundle.getString("machine.explain.full"), id.id()));
        }
        id.warnings().forEach(w -> sb.append('\n').append(MessageFormat.format(bundle.getString("machine.explain.warning"), w)));
        if (id.explanation() != null && !id.explanation().isBlank()) {
            sb.append("\n\n").append(id.explanation());
        }
        sb.append("\n\n").append(bundle.getString("machine.explain.why"));
        explanation.set(sb.toString());
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
