package dev.dartboard.ui.space;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.project.ProjectStore;
import dev.dartboard.ui.project.SpaceSettings;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpaceViewModelTest {
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final StatusModel status = new StatusModel();

    private SpaceViewModel page() {
        BudgetForm budget = new BudgetForm(workspace, new BoardProfiles(), executor, status);
        return new SpaceViewModel(workspace, budget, new SpaceForm(workspace), executor);
    }

    @Test
    void theSmallestNetworkIsTheCheapestCornerAndItsCostsAreTheCostModelsExactly() throws Exception {
        SpaceViewModel vm = page();
        BudgetCheck c = vm.checkProperty().get();
        assertEquals("", vm.problemProperty().get());
        Genotype g = c.smallest();
        assertEquals(new Genotype.Stem(16, 3, 3, 2, 2), g.stem());
        assertEquals(4, g.layers().size());
        assertTrue(g.layers().stream().allMatch(l -> l.width() == 16 && l.op() == Primitive.SKIP), g.layers().toString());
        assertEquals(8000, g.dataConfig().sampleRate());
        assertEquals(750.0, g.dataConfig().clipMs());
        assertEquals(20, g.dataConfig().melBins());
        CostModel model = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering());
        assertEquals(model.of(g, SpaceViewModel.DEFAULT_LABELS), c.smallestCosts());
        Genotype ref = c.reference();
        assertEquals(Genotype.dscnnS().layers(), ref.layers());
        assertEquals(model.of(Genotype.dscnnS(), 12), c.referenceCosts(), "the project's default front end is DS-CNN-S's own");
        System.out.println(BudgetCheck.describe(g) + " | " + BudgetCheck.costLine(c.smallestCosts()) + " | " + BudgetCheck.costLine(c.referenceCosts()));
    }

    @Test
    void everyCornerIsNoCheaperThanTheChosenOne() throws Exception {
        SpaceViewModel vm = page();
        BudgetCheck c = vm.checkProperty().get();
        SmallestNetwork s = new SmallestNetwork(new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()),
                c.budget(), 12);
        double best = s.score(c.smallest());
        for (var cfg : SmallestNetwork.corners(SpaceSettings.defaults())) {
            Genotype other = new Genotype("x", cfg, c.smallest().stem(), c.smallest().layers());
            assertTrue(s.score(other) >= best, cfg.id());
        }
        assertEquals(16, SmallestNetwork.corners(SpaceSettings.defaults()).size());
    }

    @Test
    void aTinySramBudgetIsFlaggedImpossibleWithWhatTheSmallestNeeds() {
        SpaceViewModel vm = page();
        vm.budget().sramKbProperty().set(2);
        BudgetCheck c = vm.checkProperty().get();
        assertTrue(c.impossible());
        assertFalse(c.fits(Resource.SRAM));
        assertTrue(c.fits(Resource.FLASH));
        assertTrue(c.fits(Resource.LATENCY));
        String kb = Resource.SRAM.format(c.smallestCosts().sramBytes() / 1024.0);
        assertEquals("Impossible: the smallest network needs " + kb + " SRAM (budget 2.0 KB). Raise the budget or shrink the space.",
                c.impossibleText());
        vm.budget().sramKbProperty().set(64);
        assertFalse(vm.checkProperty().get().impossible());
        assertEquals("", vm.checkProperty().get().impossibleText());
    }

    @Test
    void theBudgetIsStoredInBytesAndTheReferenceIsFlaggedSeparately() {
        SpaceViewModel vm = page();
        vm.budget().flashKbProperty().set(20);
        assertEquals(20 * 1024, workspace.project().budget().flashBytes());
        BudgetCheck c = vm.checkProperty().get();
        assertFalse(c.referenceFits(Resource.FLASH), "DS-CNN-S has ~24K int8 weights plus code: more than 20 KB");
        assertEquals(c.smallestCosts().flashBytes() <= 20 * 1024, c.fits(Resource.FLASH));
    }

    @Test
    void anEmptySpaceSaysWhyAndKeepsTheProjectsSpace() {
        SpaceViewModel vm = page();
        vm.space().rate8kProperty().set(false);
        vm.space().rate16kProperty().set(false);
        assertEquals("choose at least one sample rate", vm.space().validationProperty().get());
        assertEquals(List.of(16000), workspace.project().space().sampleRates(), "the last usable space stays");
        vm.space().widthsProperty().set("16, x");
        assertEquals("widths must be whole numbers, e.g. 16, 32, 64", vm.space().validationProperty().get());
        vm.space().rate16kProperty().set(true);
        vm.space().widthsProperty().set("32 8");
        assertEquals("", vm.space().validationProperty().get());
        assertEquals(List.of(16000), workspace.project().space().sampleRates());
        assertEquals(8, vm.checkProperty().get().smallest().stem().channels());
    }

    @Test
    void budgetAndSpaceSurviveSaveAndLoadAndAnOldFileReadsAsDefaults() throws Exception {
        SpaceViewModel vm = page();
        vm.budget().latencyMsProperty().set(42);
        vm.space().logMelProperty().set(false);
        vm.space().primitives().setAll(Primitive.DW_SEP_3X3, Primitive.MAX_POOL_3X3);
        vm.space().windowLowProperty().set(30);
        ProjectStore store = new ProjectStore(new ObjectMapper());
        store.save(dir.resolve("p.json"), workspace.project());
        ProjectFile back = store.load(dir.resolve("p.json"));
        assertEquals(workspace.project(), back);
        assertEquals(List.of(FeatureType.MFCC), back.space().featureTypes());
        assertEquals(42.0, back.budget().latencyMs());

        Files.writeString(dir.resolve("old.json"), "{\"version\":1,\"name\":\"Old\",\"dataFolder\":\"\",\"targetWords\":[\"yes\"],"
                + "\"dataConfig\":{\"sampleRate\":16000,\"type\":\"MFCC\",\"windowMs\":40,\"hopMs\":20,\"melBins\":40,\"coeffs\":10,\"clipMs\":1000}}");
        ProjectFile old = store.load(dir.resolve("old.json"));
        assertEquals("Old", old.name());
        assertEquals(SpaceSettings.defaults(), old.space());
        assertEquals(ProjectFile.untitled().budget(), old.budget());
        workspace.projectProperty().set(old);
        assertEquals(64.0, vm.budget().sramKbProperty().get());
        assertTrue(vm.space().primitives().contains(Primitive.INV_RES_3X3));
    }
}
