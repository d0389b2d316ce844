package dev.licensemanager.service;

import dev.licensemanager.api.ApiResult;
import dev.licensemanager.api.LicenseApiClient;
import dev.licensemanager.api.ProductDetails;
import dev.licensemanager.common.Cancellation;
import dev.licensemanager.common.TextChecks;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ProductNames} from {@code GET product_details}, asked once per product code and kept for the session.
 * The answer's {@code LicenseSignature} is verified by the client like every signed answer; an unsigned, badly
 * signed or malformed answer names nothing. A name is shown as it is only when it is one short line of visible
 * text; anything else (a 100 000-character "name", line breaks, right-to-left overrides) falls back to the code.
 * A failure is said in the log, never in a dialog: the product name is a courtesy, not a result.
 */
public final class ProductDetailsNames implements ProductNames {
    /** Longer is not a product name (the header and dialogs show it on one line). */
    static final int MAX_NAME = 120;
    private static final Logger LOG = LoggerFactory.getLogger(ProductDetailsNames.class);

    private final LicenseApiClient client;
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

    public ProductDetailsNames(LicenseApiClient client) {
        this.client = client;
    }

    @Override
    public Optional<String> name(String code, Cancellation cancel) {
        if (code == null || TextChecks.code("product", code) != null) {
            return Optional.empty();
        }
        Optional<String> cached = known.get(code);
        if (cached != null) {
            return cached;
        }
        ApiResult<ProductDetails> r = client.productDetails(code, cancel);
        Optional<String> name = nameIn(code, r);
        // A transport failure or a cancel says nothing about the product: a later ask may still get its name.
        if (!(r instanceof ApiResult.TransportError<?> || r instanceof ApiResult.Cancelled<?>)) {
            known.put(code, name);
        }
        return name;
    }

    private static Optional<String> nameIn(String code, ApiResult<ProductDetails> r) {
        if (!(r instanceof ApiResult.Success<ProductDetails> s)) {
            Outcome o = OutcomeMapper.fromFailure(r);
            LOG.info("product_details for {} gave no name ({}: {}); the code stands for the product", code, o.code(),
                    o.detail());
            return Optional.empty();
        }
        String name = s.value().productName() == null ? null : s.value().productName().strip();
        if (name == null || name.isEmpty()) {
            LOG.info("product_details for {} has no product_name; the code stands for the product", code);
            return Optional.empty();
        }
        String problem = TextChecks.text("product_name", name, MAX_NAME);
        if (problem != null) {
            LOG.info("product_details for {}: {}; the code stands for the product", code, problem);
            return Optional.empty();
        }
        LOG.debug("product {} is named \"{}\" (product_details)", code, name);
        return Optional.of(name);
    }
}
