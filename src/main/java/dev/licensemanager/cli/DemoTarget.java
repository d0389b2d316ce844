package dev.licensemanager.cli;

import dev.licensemanager.config.VendorConfig;
import dev.licensemanager.sandbox.SandboxOptions;
import dev.licensemanager.sandbox.SandboxServer;

/**
 * The server that {@code doctor} and {@code support-bundle} check. In demo mode (nothing configured, no
 * {@code --api-url}) that is the built-in demo server, started on loopback for the check and stopped after it, as
 * the window does; otherwise the configured (or default) URL, untouched.
 */
final class DemoTarget implements AutoCloseable {
    private final SandboxServer server;
    private final String apiUrl;

    private DemoTarget(SandboxServer server, String apiUrl) {
        this.server = server;
        this.apiUrl = apiUrl;
    }

    static DemoTarget of(CliContext ctx, VendorConfig cfg, String apiUrlOverride) {
        if (cfg == null || !cfg.demo() || apiUrlOverride != null) {
            return new DemoTarget(null, apiUrlOverride);
        }
        SandboxServer s = SandboxServer.start(SandboxOptions.builder()
                .thisMachineHardwareId(ctx.services()::defaultHardwareId).build());
        return new DemoTarget(s, s.baseUrl());
    }

    /** The URL to check instead of the configuration's (null: the configuration's). */
    String apiUrl() {
        return apiUrl;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
