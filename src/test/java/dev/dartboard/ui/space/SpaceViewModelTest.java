package dev.dartboard.ui.space;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.decode.Feasibility;
import dev.dartboard.nas.decode.InfeasibleBudgetException;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchSettings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpaceViewModelTest {
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final StatusModel status = new StatusModel();

    private final IntegerProperty frontEnds = new SimpleIntegerProperty(4);
    private FeasibilityModel feasibility;

    private SpaceViewModel page() {
        BudgetForm budget = new BudgetForm(workspace, new BoardProfiles(), executor, status);
        feasibility = new FeasibilityModel(workspace, new SearchFeasibility(new BoardProfiles()), frontEnds);
        return new SpaceViewModel(workspace, budget, new SpaceForm(workspace), feasibility.verdictProperty());
    }

    @Test
    void theSmallestCostsAreTheSearchsOwnCheckAndTheReferenceIsDsCnnSForTheSameClasses() throws Exception {
        SpaceViewModel vm = page();
        vm.budget().sramKbProperty().set(2);   // impossible: the search's check then reports its numbers
        BudgetCheck c = vm.checkProperty().get();
        assertEquals("", vm.problemProperty().get());
        assertSame(feasibility.verdictProperty().get(), c.feasibility(), "the Space page shows the Search page's verdict");
        long[] thrown = searchCheck(4);
        assertEquals(thrown[0], c.feasibility().minimum().sramBytes());
        assertEquals(thrown[1], c.feasibility().minimum().flashBytes());
        assertEquals(String.format(Locale.ROOT, "SRAM %.1f KB · flash %.1f KB · latency %.2f ms", thrown[0] / 1024.0, thrown[1] / 1024.0,
                c.feasibility().minimum().latencyMs()), c.smallestLine());
        assertTrue(c.verdict(Resource.SRAM).startsWith(String.format(Locale.ROOT, "smallest %.1f KB ✘ over · DS-CNN-S ", thrown[0] / 1024.0)),
                c.verdict(Resource.SRAM));
        CostModel model = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering());
        assertEquals(Genotype.dscnnS().layers(), c.reference().layers());
        assertEquals(model.of(Genotype.dscnnS(), 2), c.referenceCosts(), "the project's default front end is DS-CNN-S's own; "
                + "no target words: the search's 2 classes");

        frontEnds.set(1);   // the Search page's front-end count: the Space page follows it
        assertEquals(searchCheck(1)[0], vm.checkProperty().get().feasibility().minimum().sramBytes());
        assertEquals(1, vm.checkProperty().get().feasibility().frontEnds());
    }

    /** SRAM and flash bytes the search's own check reports when it refuses the project's budget with {@code configs} front ends. */
    private long[] searchCheck(int configs) throws Exception {
        workspace.update(p -> p.withDataFolder(dir.toString()));
        SearchRequest r = new SearchRequests(new BoardProfiles(), new SearchRequestJson(new ObjectMapper()))
                .build(workspace.project(), null, new SearchSettings(1, 1, configs, 16), LocalDateTime.now());
        try {
            Feasibility.check(new CostModel(r.board(), new GenotypeLowering()), r.space(),
                    SupernetSpec.of(r.space(), 2, SearchConfig.defaults(1).superkernel()).stems(), 2, r.budget());
        } catch (InfeasibleBudgetException e) {
            Matcher m = Pattern.compile("smallest achievable are SRAM (\\d+) B, flash (\\d+) B").matcher(e.getMessage());
            assertTrue(m.find(), e.getMessage());
            return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
        }
        throw new AssertionError("the budget was meant to be impossible");
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
        String kb = Resource.SRAM.format(c.feasibility().minimum().sramBytes() / 1024.0);
        assertEquals("Impossible budget: the smallest network needs SRAM " + kb + " (budget 2.0 KB). Raise the budget on the Space page "
                + "or shrink the space.", c.feasibility().problem());
        vm.budget().sramKbProperty().set(64);
        assertFalse(vm.checkProperty().get().impossible());
        assertTrue(vm.checkProperty().get().feasibility().ok());
    }

    @Test
    void theBudgetIsStoredInBytesAndTheReferenceIsFlaggedSeparately() {
        SpaceViewModel vm = page();
        vm.budget().flashKbProperty().set(20);
        assertEquals(20 * 1024, workspace.project().budget().flashBytes());
        BudgetCheck c = vm.checkProperty().get();
        assertFalse(c.referenceFits(Resource.FLASH), "DS-CNN-S has ~24K int8 weights plus code: more than 20 KB");
        assertEquals(c.feasibility().minimum().flashBytes() <= 20 * 1024, c.fits(Resource.FLASH));
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
        long before = vm.checkProperty().get().feasibility().minimum().sramBytes();
        vm.space().widthsProperty().set("32 8");
        assertEquals("", vm.space().validationProperty().get());
        assertEquals(List.of(16000), workspace.project().space().sampleRates());
        assertTrue(vm.checkProperty().get().feasibility().minimum().sramBytes() < before,
                "the narrowest width, 8 channels, needs less SRAM than 16: " + vm.checkProperty().get().smallestLine());
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
