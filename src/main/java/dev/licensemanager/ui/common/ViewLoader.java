package dev.licensemanager.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads FXML with the shared bundle and a controller factory (controllers get their view-model, no statics). */
public final class ViewLoader {
    private final ResourceBundle bundle;
    private final Callback<Class<?>, Object> controllers;

    public ViewLoader(ResourceBundle bundle, Callback<Class<?>, Object> controllers) {
        this.bundle = bundle;
        this.controllers = controllers;
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
