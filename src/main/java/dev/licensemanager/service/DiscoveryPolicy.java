package dev.licensemanager.service;

import java.util.Set;

/**
 * The vendor's discovery settings: whether "Licenses on this computer" asks the server at all, and which
 * product short codes it shows ({@code products} empty = all products the API key may see).
 */
public record DiscoveryPolicy(boolean enabled, Set<String> products) {

    public static final DiscoveryPolicy ALL = new DiscoveryPolicy(true, Set.of());

    public DiscoveryPolicy {
        products = products == null ? Set.of() : Set.copyOf(products);
    }

    public boolean shows(String productCode) {
        return products.isEmpty() || products.contains(productCode);
    }
}
