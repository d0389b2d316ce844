package dev.licensemanager.cli;

import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.hardware.HardwareIdService;
import dev.licensemanager.hardware.HardwareIdSettings;
import dev.licensemanager.service.DeactivationService;
import dev.licensemanager.service.DeviceLicensesService;
import dev.licensemanager.service.MachineIdentity;
import dev.licensemanager.service.doctor.ConnectivityDoctor;
import dev.licensemanager.service.offline.OfflineDeactivation;
import dev.licensemanager.service.support.SupportBundle;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Optional;

/**
 * What the CLI needs from the composition root. The {@code app} layer implements it, so the CLI never depends on
 * {@code app} (no package cycle), the same way the window gets its services through {@code WindowDependencies}.
 */
public interface CliServices {
    VendorConfig loadConfig() throws ConfigException;

    /** Client settings from the configuration, with the CLI's overrides (null = none). */
    ClientSettings clientSettings(VendorConfig cfg, String apiUrlOverride, PublicKey publicKeyOverride)
            throws ConfigException;

    LicenseApiClient client(ClientSettings settings);

    DeactivationService deactivationService(LicenseApiClient client);

    /** "Licenses on this computer": device_licenses listing and freeing, per the configuration's discovery section. */
    DeviceLicensesService computerLicenses(LicenseApiClient client, VendorConfig cfg);

    /** The names of products from {@code product_details}, for a configuration that gives a code but no name. */
    dev.licensemanager.service.ProductNames productNames(LicenseApiClient client);

    MachineIdentity machineIdentity(VendorConfig cfg);

    HardwareIdSettings hardwareIdSettingsOrDefault();

    HardwareIdService hardwareIdService(HardwareIdSettings settings);

    /** This computer's ID with the default algorithm; empty when it cannot be computed. */
    Optional<String> defaultHardwareId();

    /** {@code cfg} is null when the configuration could not be loaded ({@code configProblem} says why). */
    ConnectivityDoctor doctor(VendorConfig cfg, String configProblem, String apiUrlOverride);

    OfflineDeactivation offlineDeactivation(ClientSettings settings);

    SupportBundle supportBundle(VendorConfig cfg, String configProblem, String apiUrlOverride, Locale locale);

    /** The language of the CLI's words: LM_LANG, else the system's. */
    Locale locale();
}
