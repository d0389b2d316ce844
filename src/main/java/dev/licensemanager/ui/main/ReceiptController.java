package dev.licensemanager.ui.main;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The receipt after a deactivation: its text, Copy and Save. Loaded when the first receipt exists. */
public final class ReceiptController {
    private final MainViewModel vm;
    private final ResourceBundle bundle;
    @FXML private TextArea receiptText;
    @FXML private Button copyReceiptButton;
    @FXML private Button saveReceiptButton;
    @FXML private Label receiptStatus;

    public ReceiptController(MainViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        receiptText.textProperty().bind(vm.receiptTextProperty());
        receiptStatus.textProperty().bind(vm.receiptStatusProperty());
        copyReceiptButton.setOnAction(e -> vm.copyReceipt());
        saveReceiptButton.setOnAction(e -> ViewHelpers.saveReceipt(vm, bundle, receiptText.getScene().getWindow()));
    }
}
