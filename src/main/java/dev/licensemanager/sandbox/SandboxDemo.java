package dev.licensemanager.sandbox;

import java.util.Optional;

/** The demo credentials the sandbox prints ("try these"). The secrets are the sandbox's own, never a vendor's. */
public record SandboxDemo(String keyProduct, String licenseKey, String userProduct, String username, String password,
                          String customerAccountCode) {

    /**
     * The demo credentials of the built-in seed, read without starting a server: the window shows them
     * (and its product code) before the sandbox is up, which it starts after the first frame.
     * {@link SandboxServer#demo()} of a server started on the built-in seed returns the same values.
     */
    public static SandboxDemo builtIn() {
        Seed.Demo d = DefaultSeed.load(SandboxServer.jsonMapper(), Optional.empty()).demo();
        return new SandboxDemo(d.keyProduct(), d.licenseKey(), d.userProduct(), d.username(), d.password(),
                d.customerAccountCode());
    }
}
