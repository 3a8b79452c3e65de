package org.sourceline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing one way: ui → render → layout → model; store and io → model. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourceline");
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.sourceline.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sourceline.store..", "org.sourceline.io..", "org.sourceline.layout..",
                        "org.sourceline.render..", "org.sourceline.ui..", "org.sourceline.cli..",
                        "org.sourceline.app..", "org.sourceline.dates..", "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void datesInTextAreReadFromTheModelAlone() {
        // The reader, the editor and the command line all ask it; it asks only the model and the messages.
        ArchRuleDefinition.classes().that().resideInAPackage("org.sourceline.dates..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sourceline.dates..",
                        "org.sourceline.model..", "org.sourceline.i18n..", "java..")
                .check(classes);
    }

    @Test
    void messagesDependOnNothingOfOurs() {
        // Any layer may ask for its words; the bundles' reader asks nothing of any layer.
        ArchRuleDefinition.classes().that().resideInAPackage("org.sourceline.i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.sourceline.i18n..", "java..")
                .check(classes);
    }

    @Test
    void layoutIsPureMaths() {
        noClasses().that().resideInAPackage("org.sourceline.layout..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sourceline.store..", "org.sourceline.io..", "org.sourceline.render..",
                        "org.sourceline.ui..", "org.sourceline.cli..", "org.sourceline.app..",
                        "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void storeAndIoKnowOnlyTheModel() {
        noClasses().that().resideInAnyPackage("org.sourceline.store..", "org.sourceline.io..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sourceline.layout..", "org.sourceline.render..", "org.sourceline.ui..",
                        "org.sourceline.cli..", "org.sourceline.app..", "javafx..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sourceline.store..")
                .should().dependOnClassesThat().resideInAPackage("org.sourceline.io..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sourceline.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.store..", "java.sql..")
                .check(classes);
    }

    @Test
    void theStoreSpeaksTheModelsLanguageAndSqliteStaysInItsOwnPackage() {
        noClasses().that().resideInAPackage("org.sourceline.store")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "org.sqlite..", "org.sourceline.store.sqlite..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.sourceline.store.sqlite..")
                .and().doNotHaveFullyQualifiedName("org.sourceline.app.Stores")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.store.sqlite..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void articlesAreReadWithoutTheWindowOrTheStore() {
        noClasses().that().resideInAPackage("org.sourceline.articles..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sourceline.store..", "org.sourceline.io..", "org.sourceline.layout..",
                        "org.sourceline.render..", "org.sourceline.ui..", "org.sourceline.cli..",
                        "org.sourceline.app..", "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyReadabilityBodyKnowsTheUnmaintainedReadability4j() {
        // Readability4J is no longer maintained: one class behind BodyExtractor, so that it can be replaced.
        noClasses().that().doNotHaveFullyQualifiedName("org.sourceline.articles.ReadabilityBody")
                .should().dependOnClassesThat().resideInAPackage("net.dankito.readability4j..")
                .check(classes);
    }

    @Test
    void theTimelineControlKnowsOnlyItsOwnModel() {
        noClasses().that().resideInAPackage("org.sourceline.ui.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.app..", "org.sourceline.store..",
                        "org.sourceline.io..")
                .check(classes);
    }

    @Test
    void renderingDoesNotReachUp() {
        noClasses().that().resideInAPackage("org.sourceline.render..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sourceline.ui..", "org.sourceline.cli..", "org.sourceline.store..", "java.sql..")
                .check(classes);
    }

    @Test
    void windowAndCommandLineStayApart() {
        noClasses().that().resideInAPackage("org.sourceline.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sourceline.cli..", "java.sql..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sourceline.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.sourceline.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("org.sourceline.app..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sourceline.ui..", "org.sourceline.cli..", "javafx..")
                .check(classes);
    }
}
