package dev.licensemanager.ui.main;

import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.service.ProductNames;
import dev.licensemanager.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.slf4j.LoggerFactory;

/**
 * The names of the products the manual screen deactivates: the configured name, else the name the license server
 * gives ({@code product_details}, asked once the window is up), else the product code. The window never waits for
 * the server's names: it shows the codes until they come, and keeps them when they do not.
 */
public final class ProductNamesViewModel {
    private final ProductInfo product;
    private final ObservableMap<String, String> fetched = FXCollections.observableHashMap();

    public ProductNamesViewModel(ProductInfo product) {
        this.product = product;
    }

    /** The name of the product a credential kind deactivates (null only without any product). */
    public String nameFor(CredentialKind kind) {
        String configured = product.configuredNameFor(kind);
        if (configured != null) {
            return configured;
        }
        String code = product.codeFor(kind);
        return code == null ? null : fetched.getOrDefault(code, code);
    }

    /**
     * Asks {@code source} for each product the configuration leaves unnamed, off the FX thread (in demo mode none
     * is, unless support's link named another product). A failure leaves the code in place and is only logged.
     */
    public void fetch(TaskRunner runner, ProductNames source) {
        if (source == null) {
            return;
        }
        for (String code : product.unnamedCodes()) {
            runner.run(c -> source.name(code, c), name -> name.ifPresent(n -> fetched.put(code, n)),
                    e -> LoggerFactory.getLogger(ProductNamesViewModel.class)
                            .info("the name of product {} could not be asked: {}", code, e.toString()));
        }
    }

    /** Names the server gave, by product code; the header's bindings observe it. */
    public ObservableMap<String, String> fetched() {
        return fetched;
    }
}
