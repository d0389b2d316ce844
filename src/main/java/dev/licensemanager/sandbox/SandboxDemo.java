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
        return builtInWithProductNames().demo();
    }

    /** The demo credentials and the seed's product names by short code, from one read of the built-in seed. */
    public static WithNames builtInWithProductNames() {
        Seed seed = DefaultSeed.load(SandboxServer.jsonMapper(), Optional.empty());
        Seed.Demo d = seed.demo();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Seed.Product p : seed.products()) {
            if (p.shortCode() != null && p.name() != null) {
                names.put(p.shortCode(), p.name());
            }
        }
        return new WithNames(new SandboxDemo(d.keyProduct(), d.licenseKey(), d.userProduct(), d.username(),
                d.password(), d.customerAccountCode()), java.util.Map.copyOf(names));
    }

    /** The demo and what the window calls its products ("Demo Key Product", not the tool's name). */
    public record WithNames(SandboxDemo demo, java.util.Map<String, String> productNames) {
        public String nameOf(String code) {
            return code == null ? null : productNames.getOrDefault(code, code);
        }
    }
}
