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
    private final HeaderViewModel header;
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
    @FXML private VBox formHost;
    @FXML private Node keyView;
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
                          dev.licensemanager.ui.computer.LicensesViewModel licenses, HeaderViewModel header) {
        this.vm = vm;
        this.header = header;
        this.licenses = licenses;
        this.theme = theme;
        this.bundle = bundle;
        this.views = views;
    }

    @FXML
    private void initialize() {
        ProductInfo p = vm.product();
        // The manual screen names the product the chosen tab deactivates (the demo's key and account products
        // differ); the list screen names no single product unless it lists only one.
        productName.textProperty().bind(header.nameProperty());
        productCode.textProperty().bind(header.detailProperty());
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
        ViewHelpers.toggleOnMnemonic(themeToggle, themeToggle.selectedProperty());
        themeToggle.textProperty().bind(javafx.beans.binding.Bindings.when(theme.darkProperty())
                .then(bundle.getString("header.theme.dark")).otherwise(bundle.getString("header.theme.light")));
        Map<Tab, CredentialKind> tabs = Map.of(keyTab, CredentialKind.LICENSE_KEY, accountTab, CredentialKind.USER,
                ssoTab, CredentialKind.SSO_CODE);
        kindTabs.getTabs().removeIf(t -> !p.kinds().contains(tabs.get(t)));
        kindTabs.getTabs().stream().filter(t -> tabs.get(t) == vm.kindProperty().get()).findFirst()
                .ifPresent(t -> kindTabs.getSelectionModel().select(t));
        Map<Tab, String> lazy = Map.of(accountTab, ACCOUNT_VIEW, ssoTab, SSO_VIEW);
        Map<Tab, Node> loaded = new java.util.HashMap<>(Map.of(keyTab, keyView));
        show(kindTabs.getSelectionModel().getSelectedItem(), lazy, loaded);
        kindTabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            show(t, lazy, loaded);
            vm.kindProperty().set(tabs.get(t));
            ViewHelpers.focusFirstField(formHost);
        });
        ViewHelpers.focusFirstField(formHost);
        ViewHelpers.switchTabsByKeyboard(content, kindTabs);
        bundleCheck.setVisible(p.bundle());
        bundleCheck.setManaged(p.bundle());
        bundleCheck.selectedProperty().bindBidirectional(vm.bundleWantedProperty());
        ViewHelpers.toggleOnMnemonic(bundleCheck, bundleCheck.selectedProperty());
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
        // No reason (the user chose manual entry, or support prefilled it): no empty warning bar beside the link.
        manualReason.visibleProperty().bind(licenses.reasonProperty().isNotEmpty());
        backToList.visibleProperty().bind(licenses.listAvailableProperty());
        // A seat freed on the manual screen makes the list as it was wrong: going back asks the server again.
        boolean[] freedHere = {false};
        vm.receipts().receiptProperty().addListener((o, a, r) -> freedHere[0] |= r != null && !listShown.get());
        backToList.setOnAction(e -> {
            licenses.showList(freedHere[0]);
            freedHere[0] = false;
        });
        var bar = licenses.listAvailableProperty().or(licenses.reasonProperty().isNotEmpty());
        manualBar.visibleProperty().bind(bar);
        manualBar.managedProperty().bind(bar);
        licenses.screenProperty().addListener((o, a, s) -> {
            if (s == dev.licensemanager.ui.computer.LicensesViewModel.Screen.MANUAL) {
                ViewHelpers.focusFirstField(formHost);
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

    /** "Product — tool" (the tool's name alone when there is no product). */
    public static String title(ResourceBundle bundle, ProductInfo p) {
        return HeaderViewModel.title(bundle, p.displayName(),
                p.nameFor(p.kinds().stream().sorted().findFirst().orElse(CredentialKind.LICENSE_KEY)));
    }

    /** Shows a credential tab's form below the tab strip, loading it the first time. */
    private void show(Tab tab, Map<Tab, String> lazy, Map<Tab, Node> loaded) {
        if (tab == null) {
            return;
        }
        Node view = loaded.computeIfAbsent(tab, t -> lazy.containsKey(t) ? views.apply(lazy.get(t)) : null);
        if (view != null) {
            formHost.getChildren().setAll(view);
        }
    }
}
