package dev.dartboard;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
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

    private static final String[] PIPELINE = {"io", "run", "audio", "features", "data", "engine", "nas", "train",
            "quant", "export", "device", "task", "flow", "cli", "ui", "app"};
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

    /**
     * The run folder (names, lock, provenance, the genotype.json format) sits just above io and model, so every stage
     * may use it.
     */
    @Test
    void runImportsOnlyIoAndModelOfTheProject() {
        java.util.List<String> others = new java.util.ArrayList<>();
        for (String p : PIPELINE) if (!p.equals("io") && !p.equals("run")) others.add("dev.dartboard." + p + "..");
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

    /** Spark is not part of the app (provided scope): only the sweep's engine may load it (docs/architecture.md#sweeps). */
    @Test
    void onlyTheSweepEngineTouchesSpark() {
        noClasses().that().resideOutsideOfPackage("dev.dartboard.sweep.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
                .check(classes);
    }

    @Test
    void cliDoesNotUseTheStudio() {
        noClasses().that().resideInAPackage("dev.dartboard.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.dartboard.ui..")
                .check(classes);
    }

    private static final String[] ND4J_INTERNALS = {"org.nd4j.autodiff.samediff.internal..",
            "org.nd4j.autodiff.functions..", "org.nd4j.autodiff.listeners..", "org.nd4j.imports..",
            "org.nd4j.nativeblas..", "org.bytedeco..", "org.nd4j.linalg.api.ops"};

    /**
     * ND4J's internals (graph internals, op registry, native bindings, listener hooks, the raw op classes) are
     * used only by the {@code engine} package, which holds every workaround: {@code engine.ops} (native ops with
     * their own backward), {@code engine.exec} (planned execution) and {@code engine.profile} (the benchmarks' per-op timer).
     */
    @Test
    void nd4jInternalsStayInTheEngine() {
        noClasses().that().resideOutsideOfPackage("dev.dartboard.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(ND4J_INTERNALS)
                .check(classes);
    }

    /** The rule above is not vacuous: the engine does use the internals it contains. */
    @Test
    void theEngineIsWhereTheInternalsAre() {
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> noClasses()
                .that().resideInAPackage("dev.dartboard.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(ND4J_INTERNALS).check(classes));
    }

    /** The engine sits below the search and the trainer: it imports nothing else of the project. */
    @Test
    void engineImportsNothingOfTheProject() {
        noClasses().that().resideInAPackage("dev.dartboard.engine..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.dartboard..")
                        .and(DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.dartboard.engine.."))))
                .check(classes);
    }

    /** The use cases ({@code flow}) sit between the services and the front ends: no service reaches up into them. */
    @Test
    void servicesNeverReachUpIntoTheFlows() {
        noClasses().that().resideOutsideOfPackages("dev.dartboard.flow..", "dev.dartboard.ui..", "dev.dartboard.app..", "dev.dartboard.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.dartboard.flow..")
                .check(classes);
    }

    /** What only the flows assemble: the data step, the feature cache, the search's settings and the exporters. */
    private static final java.util.Set<String> FLOW_OWNED = java.util.Set.of(
            "dev.dartboard.data.DataPreparer", "dev.dartboard.data.FeatureCache", "dev.dartboard.nas.search.SearchConfig",
            "dev.dartboard.export.RunExporter", "dev.dartboard.export.tflite.TfliteWriter", "dev.dartboard.export.csource.CSourceExporter",
            "dev.dartboard.export.arduino.ArduinoLibraryExporter", "dev.dartboard.export.blob.BlobWriter",
            "dev.dartboard.export.card.ModelCardWriter");

    private static final DescribedPredicate<JavaCall<?>> ASSEMBLES_A_FLOW = new DescribedPredicate<>(
            "construct DataPreparer, FeatureCache, SearchConfig (or its defaults) or an exporter") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getName(), name = call.getName();
            return FLOW_OWNED.contains(owner) && (name.equals("<init>")
                    || owner.equals("dev.dartboard.nas.search.SearchConfig") && name.equals("defaults"));
        }
    };

    /**
     * The CLI and the studio only adapt the flows (parse/print, bind/show): they never build the data step, the search
     * defaults or an exporter themselves.
     */
    @Test
    void cliAndUiNeverAssembleWhatTheFlowsOwn() {
        noClasses().that().resideInAnyPackage("dev.dartboard.cli..", "dev.dartboard.ui..")
                .should().callCodeUnitWhere(ASSEMBLES_A_FLOW)
                .check(classes);
    }

    /** The rule above is not vacuous: the flows do construct what they own, and the predicate sees it. */
    @Test
    void theAssemblyPredicateSeesRealConstructions() {
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> noClasses()
                .that().haveFullyQualifiedName("dev.dartboard.flow.ExportFlow")
                .should().callCodeUnitWhere(ASSEMBLES_A_FLOW).check(classes));
    }
}
