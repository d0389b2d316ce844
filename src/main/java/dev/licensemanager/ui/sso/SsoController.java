package dev.licensemanager.ui.sso;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the single sign-on view to its model. */
public final class SsoController {
    private final SsoViewModel vm;
    @FXML
    private TextField accountCodeField;
    @FXML
    private Button signInButton;
    @FXML
    private Button copyLinkButton;
    @FXML
    private Button ssoCancelButton;
    @FXML
    private Label ssoStatus;
    @FXML
    private TextField pasteField;
    @FXML
    private Button usePastedButton;

    public SsoController(SsoViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        accountCodeField.textProperty().bindBidirectional(vm.accountCodeProperty());
        signInButton.disableProperty().bind(vm.accountValidProperty().not().or(vm.waitingProperty()));
        copyLinkButton.disableProperty().bind(vm.accountValidProperty().not());
        signInButton.setOnAction(e -> vm.signInWithBrowser());
        copyLinkButton.setOnAction(e -> vm.copyLink());
        // Waiting for the browser does not cover the window: copy-link and paste stay usable, this stops the wait.
        ssoCancelButton.visibleProperty().bind(vm.waitingProperty());
        ssoCancelButton.managedProperty().bind(ssoCancelButton.visibleProperty());
        ssoCancelButton.setOnAction(e -> vm.cancel());
        ssoStatus.textProperty().bind(vm.statusProperty());
        pasteField.textProperty().bindBidirectional(vm.pastedProperty());
        usePastedButton.disableProperty().bind(vm.pastedProperty().isEmpty().or(vm.accountValidProperty().not()));
        usePastedButton.setOnAction(e -> vm.usePasted());
        pasteField.setOnAction(e -> vm.usePasted());
    }
}
