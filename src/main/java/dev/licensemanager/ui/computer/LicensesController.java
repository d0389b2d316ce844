package dev.licensemanager.ui.computer;

import dev.licensemanager.ui.machine.MachineViewModel;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the list screen: one row per license (title, details, state, one button), progress with Cancel. */
public final class LicensesController {
    private final LicensesViewModel vm;
    private final MachineViewModel machine;
    private final ResourceBundle bundle;
    @FXML private Label listHardwareId;
    @FXML private HBox listBusy;
    @FXML private ProgressBar listProgress;
    @FXML private Label listStatus;
    @FXML private Button listCancel;
    @FXML private Label listCount;
    @FXML private VBox licenseRows;
    @FXML private Hyperlink enterManually;
    @FXML private Button reloadButton;
    @FXML private Button freeAllButton;
    @FXML private VBox receiptSlot;

    public LicensesController(LicensesViewModel vm, MachineViewModel machine, ResourceBundle bundle) {
        this.vm = vm;
        this.machine = machine;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        var busy = vm.loadingProperty().or(vm.freeingProperty());
        listHardwareId.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                MessageFormat.format(bundle.getString("licenses.hardware"), machine.shortIdProperty().get()),
                machine.shortIdProperty()));
        show(listBusy, busy);
        listProgress.progressProperty().bind(vm.progressProperty());
        listStatus.textProperty().bind(vm.statusProperty());
        listCancel.setOnAction(e -> vm.cancel());
        listCount.textProperty().bind(vm.statusProperty());
        show(listCount, busy.not());
        enterManually.disableProperty().bind(busy);
        enterManually.setOnAction(e -> vm.showManual());
        reloadButton.disableProperty().bind(busy);
        reloadButton.setOnAction(e -> vm.load());
        freeAllButton.disableProperty().bind(vm.canFreeAllProperty().not());
        freeAllButton.setOnAction(e -> vm.freeAll());
        vm.rows().addListener((ListChangeListener<LicenseRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        // Later, once every binding saw the change (the row buttons are still disabled while this listener runs).
        busy.addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (shown(licenseRows)) {
                (busy.get() ? listCancel : firstAction()).requestFocus();
            }
        }));
        rebuild();
    }

    /** Where the window puts the receipt on this screen. */
    public VBox receiptSlot() {
        return receiptSlot;
    }

    private void rebuild() {
        licenseRows.getChildren().clear();
        for (int i = 0; i < vm.rows().size(); i++) {
            licenseRows.getChildren().add(row(vm.rows().get(i), i));
        }
    }

    private HBox row(LicenseRow r, int i) {
        Label title = label("licenseTitle" + i, r.title(), "license-title");
        Label details = label("licenseDetails" + i, r.details(), "hint");
        Label state = label("licenseState" + i, null, "license-state");
        state.textProperty().bind(r.stateProperty());
        VBox text = new VBox(2, title, details, state);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button action = new Button(r.action());
        action.setId("licenseAction" + i);
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setAccessibleText(r.actionA11y());
        // Every listed seat keeps its button, whatever its state: the server decides, and says so in the outcome.
        action.disableProperty().bind(r.doneProperty().or(vm.loadingProperty()).or(vm.freeingProperty()));
        action.setOnAction(e -> vm.free(r));
        r.doneProperty().addListener((o, a, done) -> state.getStyleClass().add("license-done"));
        HBox box = new HBox(12, text, action);
        box.setId("licenseRow" + i);
        box.getStyleClass().add("license-row");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setAccessibleText(r.title() + ", " + r.details());
        return box;
    }

    private javafx.scene.Node firstAction() {
        return licenseRows.getChildren().stream().map(n -> n.lookup(".button")).filter(b -> b != null && !b.isDisabled())
                .findFirst().orElse(freeAllButton.isDisabled() ? enterManually : freeAllButton);
    }

    /** On screen: the node and every parent visible (the list screen is hidden while the manual one shows). */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static Label label(String id, String text, String style) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }

    private static void show(javafx.scene.Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }
}
