package dev.licensemanager.cli;

import dev.licensemanager.api.ClientSettings;
import dev.licensemanager.config.ConfigException;
import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.service.MachineIdentity;
import java.security.PublicKey;

/**
 * What every command that talks to the API resolves first, in one place: the configuration, the
 * client settings (with --api-url and the public key applied), the product code and, when asked,
 * this computer's hardware ID. A problem is printed in the outcome words and becomes the exit code.
 */
record CommandSetup(VendorConfig cfg, ClientSettings settings, String product, String hardwareId) {

    /** Thrown after the problem was printed; carries the exit code. */
    static final class Failed extends Exception {
        private final int exitCode;

        Failed(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    /** A public key that cannot be read; reported as a configuration problem. */
    interface KeySource {
        PublicKey read() throws ConfigException;
    }

    static CommandSetup prepare(CliContext ctx, OutcomePrinter printer, String product, String hardwareId,
                                String apiUrl, KeySource key, boolean needHardwareId) throws Failed {
        VendorConfig cfg;
        ClientSettings settings;
        try {
            cfg = ctx.services().loadConfig();
            settings = ctx.services().clientSettings(cfg, apiUrl, key == null ? null : key.read());
        } catch (ConfigException e) {
            throw new Failed(printer.configProblem(e.getMessage(), product, hardwareId));
        }
        printer.context(dev.licensemanager.service.SupportContact.of(cfg.support()), settings.baseUrl());
        String productCode = product != null ? product : cfg.product().code();
        String hwid = hardwareId;
        if (hwid == null && needHardwareId) {
            MachineIdentity id = ctx.services().machineIdentity(cfg);
            if (!id.ok()) {
                // Never a random or empty ID: say why, and let support pass the one from the vendor's Devices view.
                throw new Failed(printer.usage("could not compute this computer's hardware ID (" + id.problem()
                        + "); pass --hardware-id", productCode, null));
            }
            hwid = id.id();
        }
        return new CommandSetup(cfg, settings, productCode, hwid == null ? null : hwid.strip());
    }
}
