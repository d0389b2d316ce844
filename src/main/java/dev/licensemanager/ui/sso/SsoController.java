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
        ssoStatus.textProperty().bind(vm.statusProperty());
        pasteField.textProperty().bindBidirectional(vm.pastedProperty());
        usePastedButton.disableProperty().bind(vm.pastedProperty().isEmpty().or(vm.accountValidProperty().not()));
        usePastedButton.setOnAction(e -> vm.usePasted());
        pasteField.setOnAction(e -> vm.usePasted());
    }
}
