package dev.licensemanager.ui.main;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The receipt after a deactivation: its text, Copy and Save. Loaded when the first receipt exists. */
public final class ReceiptController {
    private final ReceiptViewModel vm;
    private final ResourceBundle bundle;
    @FXML private TextArea receiptText;
    @FXML private Button copyReceiptButton;
    @FXML private Button saveReceiptButton;
    @FXML private Label receiptStatus;

    public ReceiptController(ReceiptViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        receiptText.textProperty().bind(vm.textProperty());
        dev.licensemanager.ui.common.TextFit.fit(receiptText, 400);
        receiptStatus.textProperty().bind(vm.statusProperty());
        copyReceiptButton.setOnAction(e -> vm.copy());
        saveReceiptButton.setOnAction(e -> ViewHelpers.saveReceipt(vm, bundle, receiptText.getScene().getWindow()));
    }
}
