module dev.licensemanager {
    requires javafx.controls;
    requires javafx.fxml;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;
    requires com.github.oshi;
    requires org.controlsfx.controls;
    requires info.picocli;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires jdk.httpserver;
    requires java.net.http;

    opens dev.licensemanager.api to com.fasterxml.jackson.databind;
    opens dev.licensemanager.config to com.fasterxml.jackson.databind;
    opens dev.licensemanager.sandbox to com.fasterxml.jackson.databind;
    opens dev.licensemanager.service to com.fasterxml.jackson.databind;
    opens dev.licensemanager.cli to info.picocli, com.fasterxml.jackson.databind;
    opens dev.licensemanager.ui to javafx.fxml;
    opens dev.licensemanager.ui.common to javafx.fxml;
    opens dev.licensemanager.ui.main to javafx.fxml;
    opens dev.licensemanager.ui.key to javafx.fxml;
    opens dev.licensemanager.ui.account to javafx.fxml;
    opens dev.licensemanager.ui.sso to javafx.fxml;
    opens dev.licensemanager.ui.machine to javafx.fxml;
    opens dev.licensemanager.ui.computer to javafx.fxml;

    exports dev.licensemanager.app;
    provides ch.qos.logback.classic.spi.Configurator with dev.licensemanager.app.LoggingSetup;
    exports dev.licensemanager.ui to javafx.graphics;
}
