package org.entente.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers model ← logic ← ui honest, so the model and logic stay testable without a toolkit. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente");

    @Test
    void modelKnowsNeitherJavaFxNorGson() {
        noClasses().that().resideInAPackage("org.entente.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.google.gson..", "java.awt..")
                .because("the model is plain data that every layer and the command line share")
                .check(CLASSES);
    }

    @Test
    void modelDoesNotReachUp() {
        noClasses().that().resideInAPackage("org.entente.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.entente.logic..", "org.entente.ui..", "org.entente.cli..")
                .because("dependencies point from ui to logic to model, never back")
                .check(CLASSES);
    }

    @Test
    void logicDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("org.entente.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.entente.ui..")
                .because("logic (loading, filtering, analysis, layout) must run and be tested headless")
                .check(CLASSES);
    }

    @Test
    void onlyTheLoaderAndDataWritersUseGson() {
        noClasses().that().resideOutsideOfPackages("org.entente.logic.load..", "org.entente.logic.io..")
                .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
                .because("JSON details stay behind the loader's DTOs and the writers in logic.io")
                .check(CLASSES);
    }
}
