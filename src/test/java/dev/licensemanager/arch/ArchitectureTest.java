package dev.licensemanager.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.licensemanager");
    }

    @Test
    void uiUsesOnlyServiceAndConfig() {
        noClasses().that().resideInAPackage("dev.licensemanager.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.licensemanager.api..",
                        "dev.licensemanager.hardware..", "okhttp3..", "okio..", "com.fasterxml.jackson..", "oshi..")
                .check(classes);
    }

    @Test
    void viewModelsStayOutOfTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void nothingOutsideUiAndAppImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.licensemanager.ui..", "dev.licensemanager.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void apiDoesNotDependOnUpperLayers() {
        noClasses().that().resideInAnyPackage("dev.licensemanager.api..", "dev.licensemanager.hardware..",
                        "dev.licensemanager.common..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.licensemanager.service..",
                        "dev.licensemanager.ui..", "dev.licensemanager.cli..", "dev.licensemanager.app..")
                .check(classes);
    }

    @Test
    void noStaticMutableSingletons() {
        noClasses().that().resideInAPackage("dev.licensemanager..")
                .should().haveSimpleNameEndingWith("Locator")
                .orShould().haveSimpleNameEndingWith("EventBus")
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that().areStatic().and().areNotFinal()
                .should().notBeStatic().because("no static singletons: one composition root wires everything")
                .allowEmptyShould(true)
                .check(classes);
    }
}
