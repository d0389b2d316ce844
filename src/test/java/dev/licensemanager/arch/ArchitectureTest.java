package dev.licensemanager.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/architecture.md, checked on the compiled main classes. The stack, top to bottom:
 * {@code app} (composition root) → {@code cli}, {@code ui}, {@code sso} → {@code service} → {@code config},
 * {@code api}, {@code hardware}, {@code net}, {@code common}; the embedded {@code sandbox} is reachable only from {@code app}
 * and {@code cli}.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.licensemanager";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersOnlyReachDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(ROOT + ".app..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("ui").definedBy(ROOT + ".ui..")
                .layer("sso").definedBy(ROOT + ".sso..")
                .layer("sandbox").definedBy(ROOT + ".sandbox..")
                .layer("service").definedBy(ROOT + ".service..")
                .layer("config").definedBy(ROOT + ".config..")
                .layer("api").definedBy(ROOT + ".api..")
                .layer("hardware").definedBy(ROOT + ".hardware..")
                .layer("net").definedBy(ROOT + ".net..")
                .layer("common").definedBy(ROOT + ".common..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("sso").mayOnlyBeAccessedByLayers("app")
                .whereLayer("sandbox").mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "cli", "ui", "sso")
                .whereLayer("config").mayOnlyBeAccessedByLayers("app", "cli", "ui", "sso", "service", "sandbox")
                // The bottom row are peers: config validates with api's URL policy and hardware's algorithm names and
                // holds secrets as api.Secret; packagesAreFreeOfCycles keeps that one-way.
                .whereLayer("api").mayOnlyBeAccessedByLayers("app", "cli", "sso", "service", "sandbox", "config", "net")
                .whereLayer("hardware").mayOnlyBeAccessedByLayers("app", "cli", "service", "sandbox", "config")
                .whereLayer("net").mayOnlyBeAccessedByLayers("app", "service")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void serviceDecidesAndLeavesRawIoToInfrastructure() {
        // Trust decisions (X509TrustManager) are the service's; opening sockets and handshakes are not.
        noClasses().that().resideInAPackage(ROOT + ".service..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.net.ssl.SSLSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.net.ssl.SSLContext")
                .orShould().dependOnClassesThat().resideInAnyPackage("okhttp3..")
                .check(classes);
    }

    @Test
    void uiUsesOnlyServiceAndConfig() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".hardware..",
                        "okhttp3..", "okio..", "com.fasterxml.jackson..", "oshi..")
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
    void nothingBelowUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void noStaticMutableSingletons() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .should().haveSimpleNameEndingWith("Locator")
                .orShould().haveSimpleNameEndingWith("EventBus")
                .check(classes);
        fields().that().areStatic().and().areNotFinal()
                .should().notBeStatic().because("no static singletons: one composition root wires everything")
                .allowEmptyShould(true)
                .check(classes);
    }
}
