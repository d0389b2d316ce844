package dev.licensemanager.service;

import dev.licensemanager.common.Cancellation;
import java.util.Optional;

/**
 * The name of a product as the license server gives it ({@code product_details}), for a product code the vendor
 * configuration names without a name. Blocks (never call it on the FX thread); never throws for server answers:
 * whatever goes wrong, the answer is empty and the code stands for the product.
 */
public interface ProductNames {
    /** Never asks anyone: every product is named by its code. */
    ProductNames NONE = (code, cancel) -> Optional.empty();

    /** The product's name, or empty when the server cannot say (unknown product, no answer, unverified answer). */
    Optional<String> name(String code, Cancellation cancel);
}
