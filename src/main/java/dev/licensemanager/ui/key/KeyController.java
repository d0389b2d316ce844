package dev.licensemanager.ui.key;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the license-key view to its model. */
public final class KeyController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final KeyViewModel vm;
    @FXML
    private TextField keyField;
    @FXML
    private Label keyError;

    public KeyController(KeyViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        keyField.textProperty().bindBidirectional(vm.keyProperty());
        keyError.textProperty().bind(vm.errorProperty());
        keyError.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        keyError.managedProperty().bind(keyError.visibleProperty());
        vm.errorProperty().addListener((o, a, e) -> keyField.pseudoClassStateChanged(INVALID, !e.isEmpty()));
    }
}
