package dev.licensemanager.service.support;

import dev.licensemanager.config.VendorConfig;
import java.nio.file.Path;

/**
 * Where the bundle's facts come from. {@code config} is null when it could not be loaded
 * ({@code configProblem} says why); {@code proxyPasswordSet} tells whether LM_PROXY_PASSWORD exists.
 */
public record BundleSources(VendorConfig config, String configProblem, boolean proxyPasswordSet, Path logDir,
                            Redactor redactor) {
}
