package dev.licensemanager.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads FXML with the shared bundle and a controller factory (controllers get their view-model, no statics).
 * The factory gets the loader itself, so a controller can load the parts of its view built on first use.
 */
public final class ViewLoader {
    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(ResourceBundle bundle, java.util.function.BiFunction<ViewLoader, Class<?>, Object> controllers) {
        this.bundle = bundle;
        this.controllers = type -> controllers.apply(this, type);
    }

    /** Loads a view by its resource path (absolute, as in {@code /dev/licensemanager/ui/...}). */
    public javafx.scene.Node load(String resource) {
        return load(ViewLoader.class.getResource(resource));
    }

    public Parent load(URL fxml) {
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
