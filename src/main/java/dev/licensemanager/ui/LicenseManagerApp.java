package dev.licensemanager.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application. A plain first window; the real screens come with the UI issue. */
public final class LicenseManagerApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("License Manager");
        stage.setScene(new Scene(new StackPane(new Label("License Manager")), 640, 420));
        stage.setOnShown(e -> org.slf4j.LoggerFactory.getLogger(LicenseManagerApp.class).info("window shown"));
        stage.show();
    }
}
