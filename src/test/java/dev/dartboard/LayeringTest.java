package dev.dartboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Enforces the import rules of docs/architecture.md#import-rules on the production classes. */
class LayeringTest {

    private static final String[] PIPELINE = {"io", "run", "audio", "features", "data", "nas", "train",
            "quant", "export", "device", "task", "cli", "ui", "app"};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dartboard");
    }

    @Test
    void importsProductionClasses() {
        assertFalse(classes.isEmpty(), "no production classes were imported: the rules below would be vacuous");
    }

    @Test
    void modelImportsNothingOfTheProject() {
        String[] others = new String[PIPELINE.length];
        for (int i = 0; i < PIPELINE.length; i++) others[i] = "dev.dartboard." + PIPELINE[i] + "..";
        noClasses().that().resideInAPackage("dev.dartboard.model..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "javafx..", "org.deeplearning4j..")
                .check(classes);
    }

    @Test
    void ioImportsNothingOfTheProject() {
        noClasses().that().resideInAPackage("dev.dartboard.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.dartboard.model..", "dev.dartboard.run..", "dev.dartboard.audio..",
                        "dev.dartboard.data..", "dev.dartboard.nas..", "org.nd4j..", "javafx..")
                .check(classes);
    }

    /** The run folder (names, lock, provenance) sits just above io, so every stage may use it. */
    @Test
    void runImportsOnlyIoOfTheProject() {
        java.util.List<String> others = new java.util.ArrayList<>();
        for (String p : PIPELINE) if (!p.equals("io") && !p.equals("run")) others.add("dev.dartboard." + p + "..");
        others.add("dev.dartboard.model..");
        noClasses().that().resideInAPackage("dev.dartboard.run..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "javafx..")
                .check(classes);
    }

    @Test
    void audioAndFeaturesUseNeitherNd4jNorJavaFx() {
        noClasses().that().resideInAnyPackage("dev.dartboard.audio..", "dev.dartboard.features..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyUiAndAppTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.dartboard.ui..", "dev.dartboard.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.testfx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void servicesNeverReachUpIntoUiCliOrApp() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages(
                        "dev.dartboard.ui..", "dev.dartboard.app..", "dev.dartboard.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.dartboard.ui..", "dev.dartboard.app..", "dev.dartboard.cli..");
        rule.check(classes);
    }

    @Test
    void cliDoesNotUseTheStudio() {
        noClasses().that().resideInAPackage("dev.dartboard.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.dartboard.ui..")
                .check(classes);
    }
}
