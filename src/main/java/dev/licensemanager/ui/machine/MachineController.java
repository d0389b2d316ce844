package dev.licensemanager.ui.machine;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/** "This computer": the short hardware ID, copy, and an explain popover (ControlsFX PopOver). */
public final class MachineController {
    private final MachineViewModel vm;
    @FXML
    private Label hardwareIdLabel;
    @FXML
    private Button copyHardwareIdButton;
    @FXML
    private Button explainButton;
    private PopOver popOver;

    public MachineController(MachineViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        hardwareIdLabel.textProperty().bind(vm.shortIdProperty());
        copyHardwareIdButton.disableProperty().bind(vm.readyProperty().not());
        copyHardwareIdButton.setOnAction(e -> vm.copy());
        explainButton.setOnAction(e -> explain());
    }

    private void explain() {
        if (popOver != null && popOver.isShowing()) {
            popOver.hide();
            return;
        }
        Label id = new Label();
        id.setId("hardwareFullId");
        id.getStyleClass().add("hardware-id");
        id.textProperty().bind(vm.fullIdProperty());
        id.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setId("hardwareExplanation");
        text.textProperty().bind(vm.explanationProperty());
        text.setWrapText(true);
        text.setMaxWidth(560);
        VBox box = new VBox(8, id, text);
        box.getStyleClass().add("explain-popover");
        popOver = new PopOver(box);
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setDetachable(false);
        popOver.show(explainButton);
    }
}
