package dev.licensemanager.ui.main;

import dev.licensemanager.service.CredentialKind;
import dev.licensemanager.ui.computer.LicenseRow;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The window's header and title. The manual screen names the product of the chosen tab (its code below). The list
 * screen names a product only when every listed license is of that one product; otherwise the tool's name, with
 * how many products the list holds.
 */
public final class HeaderViewModel {
    private final StringBinding name;
    private final StringBinding detail;
    private final StringBinding title;

    /** {@code listShown}: the list screen is shown; {@code rows}: what it lists. */
    public HeaderViewModel(ResourceBundle bundle, ProductInfo product, ProductNamesViewModel names,
                           ObservableValue<CredentialKind> kind, ObservableBooleanValue listShown,
                           ObservableList<LicenseRow> rows) {
        javafx.beans.Observable[] deps = {kind, listShown, rows, names.fetched()};
        name = Bindings.createStringBinding(() -> {
            List<LicenseRow> one = oneProduct(listShown, rows);
            if (listShown.get()) {
                return one.isEmpty() ? product.displayName() : one.get(0).license().productName();
            }
            return names.nameFor(kind.getValue());
        }, deps);
        detail = Bindings.createStringBinding(() -> {
            if (listShown.get()) {
                List<LicenseRow> one = oneProduct(listShown, rows);
                long products = rows.stream().map(r -> r.license().product()).distinct().count();
                return !one.isEmpty() ? code(bundle, one.get(0).license().product())
                        : products > 1 ? MessageFormat.format(bundle.getString("header.products"), products) : "";
            }
            return code(bundle, product.code() == null ? "-" : product.codeFor(kind.getValue()));
        }, deps);
        title = Bindings.createStringBinding(() -> title(bundle, product.displayName(),
                listShown.get() && oneProduct(listShown, rows).isEmpty() ? null : name.get()), name, listShown, rows);
    }

    /** The rows when the list screen shows licenses of exactly one product, else empty. */
    private static List<LicenseRow> oneProduct(ObservableBooleanValue listShown, ObservableList<LicenseRow> rows) {
        boolean one = listShown.get() && !rows.isEmpty()
                && rows.stream().map(r -> r.license().product()).distinct().count() == 1;
        return one ? rows : List.of();
    }

    private static String code(ResourceBundle bundle, String code) {
        return MessageFormat.format(bundle.getString("header.product"), code);
    }

    /** "Product — tool" (the tool's name alone when there is no product, or it is the product's name). */
    static String title(ResourceBundle bundle, String tool, String product) {
        return product == null || product.equals(tool) ? tool
                : MessageFormat.format(bundle.getString("window.title"), tool, product);
    }

    /** The header's first line: a product's name or the tool's. */
    public StringBinding nameProperty() {
        return name;
    }

    /** The header's second line: the product code, how many products the list holds, or nothing. */
    public StringBinding detailProperty() {
        return detail;
    }

    /** The window title. */
    public StringBinding titleProperty() {
        return title;
    }
}
