package dev.licensemanager.api;

/** {@code product_details}: name and whether the product is user-based. */
public record ProductDetails(String productName, String shortCode, String authorizationMethod) {
    /** The reference: treat anything other than "user" as key-based. */
    public boolean userBased() {
        return "user".equals(authorizationMethod);
    }
}
