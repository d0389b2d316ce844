package dev.licensemanager.cli;

import picocli.CommandLine.Option;

/** Which license and device a request is about, and where it goes: shared by deactivate and offline-request. */
final class TargetOptions {
    @Option(names = "--product", paramLabel = "CODE", description = "Product short code (default: the configuration's).")
    String product;

    @Option(names = "--license-id", paramLabel = "N", description = "Limit to one license (see 'licenses').")
    Long licenseId;

    @Option(names = "--bundle-code", paramLabel = "CODE", description = "Bundle the license came from.")
    String bundleCode;

    @Option(names = "--hardware-id", paramLabel = "ID", description = "Override this computer's hardware ID.")
    String hardwareId;

    @Option(names = "--api-url", paramLabel = "URL", description = "API host base, e.g. https://api.licensespring.com")
    String apiUrl;
}
