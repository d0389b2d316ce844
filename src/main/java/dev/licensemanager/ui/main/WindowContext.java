package dev.licensemanager.ui.main;

import dev.licensemanager.ui.common.LicenseActions;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.ui.common.StatusPresenter;
import dev.licensemanager.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** What the main view-model works with; built by the window from the composition root's dependencies. */
public record WindowContext(ResourceBundle bundle, ProductInfo product, TaskRunner runner, LicenseActions actions,
                            StatusPresenter presenter, Supplier<MachineIdentity> machine, Path receiptsDir,
                            dev.licensemanager.ui.common.ConnectionTest connectionTest) {
}
