package dev.licensemanager.ui.account;

import dev.licensemanager.service.LicenseSummary;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the account view to its model. */
public final class AccountController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final AccountViewModel vm;
    private final ResourceBundle bundle;
    @FXML
    private TextField usernameField;
    @FXML
    private Label usernameError;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button findLicensesButton;
    @FXML
    private Label licensesStatus;
    @FXML
    private ComboBox<LicenseSummary> licenseChoice;

    public AccountController(AccountViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(vm.usernameProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        usernameError.textProperty().bind(vm.usernameErrorProperty());
        usernameError.visibleProperty().bind(vm.usernameErrorProperty().isNotEmpty());
        usernameError.managedProperty().bind(usernameError.visibleProperty());
        vm.usernameErrorProperty().addListener((o, a, e) -> usernameField.pseudoClassStateChanged(INVALID, !e.isEmpty()));
        licensesStatus.textProperty().bind(vm.licensesStatusProperty());
        findLicensesButton.disableProperty().bind(vm.valid().not().or(vm.loadingProperty()));
        findLicensesButton.setOnAction(e -> vm.findLicenses());
        licenseChoice.setItems(vm.licenses());
        licenseChoice.valueProperty().bindBidirectional(vm.selectedLicenseProperty());
        licenseChoice.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.licenses()).greaterThan(1));
        licenseChoice.managedProperty().bind(licenseChoice.visibleProperty());
        licenseChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(LicenseSummary s) {
                if (s == null) {
                    return "";
                }
                String type = dev.licensemanager.ui.common.LicenseWords.type(bundle, s.licenseType());
                return s.validUntil() == null || s.validUntil().isBlank()
                        ? MessageFormat.format(bundle.getString("account.licenses.item.noend"),
                                String.valueOf(s.licenseId()), type)
                        : MessageFormat.format(bundle.getString("account.licenses.item"), String.valueOf(s.licenseId()),
                                type, s.validUntil());
            }

            @Override
            public LicenseSummary fromString(String s) {
                return null;
            }
        });
    }
}
