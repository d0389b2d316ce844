package dev.licensemanager.cli;

import dev.licensemanager.config.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Version string for --version, from the filtered build.properties. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"license-manager " + BuildInfo.version()};
    }
}
