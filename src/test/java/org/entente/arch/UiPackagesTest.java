package org.entente.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages inside {@code ui} from growing back into one knot: the shared view state depends on
 * nothing else in {@code ui}, the composition root is imported by nobody, the two big views do not know
 * each other, features do not reach into the main window, and no two packages depend on each other.
 */
class UiPackagesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente");

    @Test
    void uiPackagesHaveNoCycles() {
        slices().matching("org.entente.ui.(*)..").should().beFreeOfCycles()
                .because("a cycle means neither package can be understood, tested or changed alone")
                .check(CLASSES);
    }

    @Test
    void graphAndTimelineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.entente.ui.graph..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.ui.timeline..")
                .because("the views stay linked only through the shared state").check(CLASSES);
        noClasses().that().resideInAPackage("org.entente.ui.timeline..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.ui.graph..")
                .because("the views stay linked only through the shared state").check(CLASSES);
    }

    @Test
    void nothingImportsTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("org.entente.ui.app..")
                .and().doNotHaveFullyQualifiedName("org.entente.Launcher")
                .should().dependOnClassesThat().resideInAPackage("org.entente.ui.app..")
                .because("the composition root wires everything; only the program's entry point starts it")
                .check(CLASSES);
    }

    @Test
    void sharedStateDependsOnNothingElseInUi() {
        noClasses().that().resideInAPackage("org.entente.ui.state..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.entente.ui.analysis..", "org.entente.ui.app..", "org.entente.ui.details..",
                        "org.entente.ui.export..", "org.entente.ui.filter..", "org.entente.ui.graph..",
                        "org.entente.ui.present..", "org.entente.ui.render..", "org.entente.ui.search..",
                        "org.entente.ui.shell..", "org.entente.ui.task..", "org.entente.ui.timeline..")
                .because("every view reads the shared state; it must not depend on any of them (the theme enum is its only ui type)")
                .check(CLASSES);
        classes().that().resideInAPackage("org.entente.ui.theme..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.entente.ui.theme..", "org.entente.model..", "java..", "javafx..")
                .because("the theme is a leaf that the shared state may name").check(CLASSES);
    }

    @Test
    void theCommandLineReachesTheUiOnlyThroughTheHeadlessPictures() {
        noClasses().that().resideInAPackage("org.entente.cli..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.entente.ui..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.entente.ui.headless.."))))
                .because("the commands ask the UI for pictures and frame times through one narrow API (ui.headless), "
                        + "so the views can change without the command line knowing")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.entente.ui..").and().resideOutsideOfPackage("org.entente.ui.headless..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.ui.headless..")
                .because("the headless API is the command line's door, not a shortcut between views")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoTheMainWindow() {
        noClasses().that().resideOutsideOfPackages("org.entente.ui.shell..", "org.entente.ui.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.entente.ui.shell.MainWindow")
                .because("features get a narrow interface from the composition root, not the window class")
                .check(CLASSES);
    }
}
