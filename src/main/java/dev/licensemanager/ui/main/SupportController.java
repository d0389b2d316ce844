package dev.licensemanager.ui.main;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

/** The "More" menu: offline request, support bundle, copy summary. Binds and forwards only. */
public final class SupportController {
    private final SupportViewModel vm;
    @FXML private MenuButton moreMenu;
    @FXML private MenuItem offlineItem;
    @FXML private MenuItem bundleItem;
    @FXML private MenuItem summaryItem;
    @FXML private Label supportStatus;
    @FXML private javafx.scene.control.Button cancelBundleButton;

    public SupportController(SupportViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        moreMenu.setVisible(vm.available());
        moreMenu.setManaged(vm.available());
        moreMenu.disableProperty().bind(vm.workingProperty());
        offlineItem.setOnAction(e -> vm.offlineRequest());
        bundleItem.setOnAction(e -> vm.saveBundle());
        summaryItem.setOnAction(e -> vm.copySummary());
        supportStatus.textProperty().bind(vm.statusProperty());
        cancelBundleButton.visibleProperty().bind(vm.savingBundleProperty());
        cancelBundleButton.managedProperty().bind(vm.savingBundleProperty());
        cancelBundleButton.setOnAction(e -> vm.cancelBundle());
    }
}
