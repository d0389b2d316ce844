package dev.licensemanager.ui;

import dev.licensemanager.service.OutcomeText;
import dev.licensemanager.ui.account.AccountController;
import dev.licensemanager.ui.account.AccountViewModel;
import dev.licensemanager.ui.common.FxStatusPresenter;
import dev.licensemanager.ui.common.FxTaskRunner;
import dev.licensemanager.ui.common.TaskRunner;
import dev.licensemanager.ui.common.Theme;
import dev.licensemanager.ui.common.ViewLoader;
import dev.licensemanager.ui.key.KeyController;
import dev.licensemanager.ui.key.KeyViewModel;
import dev.licensemanager.ui.machine.MachineController;
import dev.licensemanager.ui.machine.MachineViewModel;
import dev.licensemanager.ui.main.MainController;
import dev.licensemanager.ui.main.MainViewModel;
import dev.licensemanager.ui.main.ProductInfo;
import dev.licensemanager.ui.main.SupportController;
import dev.licensemanager.ui.main.SupportViewModel;
import dev.licensemanager.ui.main.WindowContext;
import dev.licensemanager.ui.sso.SsoController;
import dev.licensemanager.ui.sso.SsoViewModel;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** Builds the window from its dependencies: view-models, presenter, FXML with a controller factory. */
public final class LicenseManagerApp {
    private final WindowDependencies deps;
    private MainViewModel viewModel;
    private dev.licensemanager.ui.computer.LicensesViewModel licenses;
    private dev.licensemanager.ui.main.HeaderViewModel header;
    private dev.licensemanager.ui.common.PathChooser pathChooser;
    private boolean started;

    public LicenseManagerApp(WindowDependencies deps) {
        this.deps = deps;
    }

    /** Tests answer "where to save" without the system dialog. */
    public LicenseManagerApp withPathChooser(dev.licensemanager.ui.common.PathChooser chooser) {
        this.pathChooser = chooser;
        return this;
    }

    public void show(Stage stage) {
        ResourceBundle bundle = ResourceBundle.getBundle(OutcomeText.BUNDLE, deps.locale(),
                LicenseManagerApp.class.getModule());
        Theme theme = new Theme(deps.env(), deps.config() == null || deps.config().branding() == null ? null
                : deps.config().branding().accentColor(),
                dev.licensemanager.config.UserSettings.load(deps.dirs() == null ? null : deps.dirs().settings()));
        TaskRunner runner = new FxTaskRunner();
        FxStatusPresenter presenter = new FxStatusPresenter(bundle, deps.locale(), () -> stage, theme,
                pathChooser, dev.licensemanager.service.SupportContact.of(deps.config() == null ? null
                        : deps.config().support()));
        ProductInfo product = ProductInfo.of(withProduct(deps.config(), deps.prefill()), deps.appVersion(), deps.userProductCode(),
                deps.userProductName(),
                deps.demo() == null ? null : java.util.List.of(deps.demo().licenseKey(), deps.demo().username(),
                        deps.demo().password(), deps.demo().accountCode()));
        WindowContext ctx = new WindowContext(bundle, product, runner, deps.actions(), presenter, deps.machine(),
                deps.dirs() == null ? null : deps.dirs().receipts(), deps.connectionTest());
        KeyViewModel key = new KeyViewModel(bundle);
        AccountViewModel account = new AccountViewModel(bundle, runner, deps.actions(), presenter);
        SsoViewModel sso = new SsoViewModel(bundle, runner, deps.sso(), presenter, product.ssoAccountCode());
        MachineViewModel machine = new MachineViewModel(bundle, presenter);
        viewModel = new MainViewModel(ctx, key, account, sso, machine);
        SupportViewModel support = new SupportViewModel(bundle, runner, presenter, deps.support(),
                viewModel::currentInput);
        viewModel.setSupport(support);
        viewModel.applyPrefill(deps.prefill());
        licenses = new dev.licensemanager.ui.computer.LicensesViewModel(bundle, runner, deps.computerLicenses(), presenter,
                machine, deps.appVersion());
        licenses.freedProperty().addListener((o, a, f) -> viewModel.receiptFor(f));
        header = new dev.licensemanager.ui.main.HeaderViewModel(bundle, product, viewModel.names(),
                viewModel.kindProperty(), licenses.screenProperty().isEqualTo(
                        dev.licensemanager.ui.computer.LicensesViewModel.Screen.LIST), licenses.rows());
        ViewLoader loader = new ViewLoader(bundle, (views, type) -> {
            if (type == MainController.class) {
                return new MainController(viewModel, theme, bundle, views::load, licenses, header);
            } else if (type == dev.licensemanager.ui.computer.LicensesController.class) {
                return new dev.licensemanager.ui.computer.LicensesController(licenses, machine, bundle);
            } else if (type == dev.licensemanager.ui.main.ReceiptController.class) {
                return new dev.licensemanager.ui.main.ReceiptController(viewModel.receipts(), bundle);
            } else if (type == SupportController.class) {
                return new SupportController(support);
            } else if (type == KeyController.class) {
                return new KeyController(key);
            } else if (type == AccountController.class) {
                return new AccountController(account, bundle);
            } else if (type == SsoController.class) {
                return new SsoController(sso);
            } else if (type == MachineController.class) {
                return new MachineController(machine);
            }
            throw new IllegalArgumentException("no controller " + type);
        });
        // As wide as the forms read well (or the screen allows), as tall as the content needs (WindowFit).
        double width = Math.min(680, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
        Scene scene = new Scene((javafx.scene.Parent) loader.load("/dev/licensemanager/ui/main/MainView.fxml"),
                width, -1);
        theme.apply(scene);
        stage.titleProperty().bind(header.titleProperty());
        stage.getIcons().add(new Image(LicenseManagerApp.class.getResource("/dev/licensemanager/ui/logo.png")
                .toExternalForm()));
        stage.setScene(scene);
        stage.setMinWidth(Math.min(520, width));
        stage.setMinHeight(240);
        dev.licensemanager.ui.common.WindowFit.install(stage, scene.getRoot().lookupAll(".body-scroll").stream()
                .map(javafx.scene.control.ScrollPane.class::cast).toList());
        stage.setOnHiding(e -> close());
        // The hardware ID is read once the window is up, so the first frame does not wait for the CPU it takes.
        stage.setOnShown(e -> {
            LoggerFactory.getLogger(LicenseManagerApp.class).info("window shown");
            if (!started) {
                started = true;
                viewModel.start();
                // After the first frame, like the hardware ID: the header shows the codes until the names come.
                viewModel.names().fetch(runner, deps.productNames());
                licenses.start(deps.prefill() != null && !deps.prefill().isEmpty());
            }
        });
        stage.show();
    }

    /**
     * A prefilled product code replaces the configured one (support sends users a link or a command line). The
     * configured name is that of the configured product, so another code goes without it (the server names it).
     */
    private static dev.licensemanager.config.VendorConfig withProduct(dev.licensemanager.config.VendorConfig c,
                                                                       dev.licensemanager.config.Prefill p) {
        if (p == null || p.product() == null || c.product() == null || p.product().equals(c.product().code())) {
            return c;
        }
        return new dev.licensemanager.config.VendorConfig(new dev.licensemanager.config.VendorConfig.Product(
                p.product(), null, c.product().bundle()), c.api(), c.hardwareId(), c.sso(),
                c.credentialKinds(), c.branding(), c.support(), c.proxy(), c.sources(), c.demo());
    }

    private void close() {
        licenses.close();
        viewModel.close();
        if (deps.onExit() != null) {
            deps.onExit().run();
        }
    }

    /** For tests and screenshots. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    /** For tests and screenshots. */
    public dev.licensemanager.ui.computer.LicensesViewModel licenses() {
        return licenses;
    }

    /** The configuration cannot be used: say exactly what is wrong instead of a broken window. */
    public static void showStartupProblem(Stage owner, String message, java.util.Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(OutcomeText.BUNDLE, locale, LicenseManagerApp.class.getModule());
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR);
        a.setTitle(bundle.getString("startup.title"));
        a.setHeaderText(bundle.getString("startup.header"));
        a.setContentText(message);
        a.getDialogPane().setId("startupProblem");
        a.showAndWait();
        owner.close();
    }
}
