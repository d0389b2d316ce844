package dev.licensemanager.ui.main;

import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.ui.common.Theme;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window: header, credential tabs, this computer, Deactivate, progress with Cancel, receipt. What the first
 * frame does not show (the other credential tabs, the receipt, the progress spinner) is built on first use:
 * skins and CSS for hidden controls cost startup time (bench/RESULTS.md).
 */
public final class MainController {
    /** FXML of the credential tabs that are loaded when first selected. */
    static final String ACCOUNT_VIEW = "/dev/licensemanager/ui/account/AccountView.fxml";
    static final String SSO_VIEW = "/dev/licensemanager/ui/sso/SsoView.fxml";
    static final String RECEIPT_VIEW = "/dev/licensemanager/ui/main/ReceiptView.fxml";

    private final MainViewModel vm;
    private final Theme theme;
    private final ResourceBundle bundle;
    private final Function<String, Node> views;
    private final dev.licensemanager.ui.computer.LicensesViewModel licenses;
    @FXML private BorderPane content;
    @FXML private ImageView logo;
    @FXML private Label productName;
    @FXML private Label productCode;
    @FXML private Label demoBadge;
    @FXML private Label demoHint;
    @FXML private ToggleButton themeToggle;
    @FXML private TabPane kindTabs;
    @FXML private Tab keyTab;
    @FXML private Tab accountTab;
    @FXML private Tab ssoTab;
    @FXML private CheckBox bundleCheck;
    @FXML private Button deactivateButton;
    @FXML private Button testConnectionButton;
    @FXML private VBox receiptPane;
    @FXML private VBox progressPane;
    @FXML private Label progressLabel;
    @FXML private Button cancelButton;
    @FXML private Node licensesView;
    @FXML private dev.licensemanager.ui.computer.LicensesController licensesViewController;
    @FXML private Node manualScreen;
    @FXML private javafx.scene.layout.HBox manualBar;
    @FXML private Label manualReason;
    @FXML private javafx.scene.control.Hyperlink backToList;

    /** {@code views} loads an FXML resource (with the window's controllers) for the parts built on first use. */
    public MainController(MainViewModel vm, Theme theme, ResourceBundle bundle, Function<String, Node> views,
                          dev.licensemanager.ui.computer.LicensesViewModel licenses) {
        this.vm = vm;
        this.licenses = licenses;
        this.theme = theme;
        this.bundle = bundle;
        this.views = views;
    }

    @FXML
    private void initialize() {
        ProductInfo p = vm.product();
        productName.setText(p.displayName());
        productCode.setText(MessageFormat.format(bundle.getString("header.product"), p.code() == null ? "-" : p.code()));
        demoBadge.setVisible(p.demo());
        demoBadge.setManaged(p.demo());
        demoHint.setManaged(p.demoCredentials().size() == 4);
        demoHint.setVisible(demoHint.isManaged());
        if (demoHint.isManaged()) {
            demoHint.setText(MessageFormat.format(bundle.getString("main.demo.hint"), p.demoCredentials().toArray()));
        }
        logo.setImage(new Image(p.logo() != null ? java.nio.file.Path.of(p.logo()).toUri().toString()
                : MainController.class.getResource("/dev/licensemanager/ui/logo.png").toExternalForm(), true));
        themeToggle.selectedProperty().bindBidirectional(theme.darkProperty());
        Map<Tab, CredentialKind> tabs = Map.of(keyTab, CredentialKind.LICENSE_KEY, accountTab, CredentialKind.USER,
                ssoTab, CredentialKind.SSO_CODE);
        kindTabs.getTabs().removeIf(t -> !p.kinds().contains(tabs.get(t)));
        kindTabs.getTabs().stream().filter(t -> tabs.get(t) == vm.kindProperty().get()).findFirst()
                .ifPresent(t -> kindTabs.getSelectionModel().select(t));
        ViewHelpers.fitHeightToWidth(keyTab.getContent());
        Map<Tab, String> lazy = Map.of(accountTab, ACCOUNT_VIEW, ssoTab, SSO_VIEW);
        fill(kindTabs.getSelectionModel().getSelectedItem(), lazy);
        kindTabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            fill(t, lazy);
            vm.kindProperty().set(tabs.get(t));
            ViewHelpers.focusFirstField(t);
        });
        ViewHelpers.focusFirstField(kindTabs.getSelectionModel().getSelectedItem());
        bundleCheck.setVisible(p.bundle());
        bundleCheck.setManaged(p.bundle());
        bundleCheck.selectedProperty().bindBidirectional(vm.bundleWantedProperty());
        deactivateButton.disableProperty().bind(vm.canDeactivateProperty().not());
        deactivateButton.setOnAction(e -> vm.deactivate());
        testConnectionButton.setVisible(vm.canTestConnection());
        testConnectionButton.setManaged(vm.canTestConnection());
        testConnectionButton.setOnAction(e -> vm.testConnection());
        content.disableProperty().bind(vm.busyProperty());
        progressPane.visibleProperty().bind(vm.busyProperty());
        progressLabel.textProperty().bind(vm.progressTextProperty());
        cancelButton.setOnAction(e -> vm.cancel());
        vm.busyProperty().addListener((o, a, busy) -> {
            if (busy && !(progressPane.getChildren().get(0) instanceof ProgressIndicator)) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setId("progressIndicator");
                spinner.setAccessibleText(bundle.getString("progress.a11y"));
                progressPane.getChildren().add(0, spinner);
            }
            (busy ? cancelButton : deactivateButton).requestFocus();
        });
        screens();
        receipt(receiptPane, vm.receipts().receiptProperty().isNotNull());
        receipt(licensesViewController.receiptSlot(), vm.receipts().receiptProperty().isNotNull()
                .and(licenses.screenProperty().isEqualTo(dev.licensemanager.ui.computer.LicensesViewModel.Screen.LIST)));
    }

    /** The list screen or the manual one; the manual one says in one line why the list is not shown. */
    private void screens() {
        var listShown = licenses.screenProperty().isEqualTo(dev.licensemanager.ui.computer.LicensesViewModel.Screen.LIST);
        licensesView.visibleProperty().bind(listShown);
        manualScreen.visibleProperty().bind(listShown.not());
        manualReason.textProperty().bind(licenses.reasonProperty());
        backToList.visibleProperty().bind(licenses.listAvailableProperty());
        backToList.setOnAction(e -> licenses.showList());
        var bar = licenses.listAvailableProperty().or(licenses.reasonProperty().isNotEmpty());
        manualBar.visibleProperty().bind(bar);
        manualBar.managedProperty().bind(bar);
        licenses.screenProperty().addListener((o, a, s) -> {
            if (s == dev.licensemanager.ui.computer.LicensesViewModel.Screen.MANUAL) {
                ViewHelpers.focusFirstField(kindTabs.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** A receipt pane: shown when {@code when}, its view built the first time. */
    private void receipt(VBox pane, javafx.beans.value.ObservableBooleanValue when) {
        pane.visibleProperty().bind(when);
        pane.managedProperty().bind(pane.visibleProperty());
        pane.visibleProperty().addListener((o, a, shown) -> {
            if (shown && pane.getChildren().isEmpty()) {
                pane.getChildren().add(views.apply(RECEIPT_VIEW));
            }
        });
    }

    /** Gives a credential tab its view the first time it is shown. */
    private void fill(Tab tab, Map<Tab, String> lazy) {
        if (tab != null && tab.getContent() == null && lazy.containsKey(tab)) {
            Node view = views.apply(lazy.get(tab));
            ViewHelpers.fitHeightToWidth(view);
            tab.setContent(view);
        }
    }
}
