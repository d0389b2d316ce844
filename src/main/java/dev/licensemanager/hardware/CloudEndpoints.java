package dev.licensemanager.hardware;

import java.net.URI;

/**
 * Base URLs of the cloud metadata services (LicenseSpring generator, algorithm 5). Tests pass loopback URLs; the real
 * link-local addresses are only used when the vendor configuration asks for algorithm 5.
 */
public record CloudEndpoints(URI aws, URI azure, URI gcp) {
    public static CloudEndpoints standard() {
        return new CloudEndpoints(URI.create("http://169.254.169.254"), URI.create("http://169.254.169.254"),
                URI.create("http://metadata"));
    }

    /** All three clouds answered by one (test) server. */
    public static CloudEndpoints allAt(URI base) {
        return new CloudEndpoints(base, base, base);
    }
}
