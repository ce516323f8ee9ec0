package dev.dartboard.ui.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.pareto.ParetoFixture;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.train.Confusion;
import dev.dartboard.train.EpochStats;
import dev.dartboard.train.RunStore;
import dev.dartboard.train.RunTraining;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The Results ViewModel on a hand-written pareto.json, without JavaFX nodes (DirectTaskExecutor). */
class ResultsViewModelTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Workspace workspace = new Workspace();
    private final StatusModel status = new StatusModel();
    private final List<RunTraining.Request> requests = new ArrayList<>();
    private TrainEngine engine = (r, l) -> fakeTraining(r, l, 3);
    private Path run;
    private ParetoFront front;
    private ResultsViewModel vm;

    @BeforeEach
    void openFixture() throws IOException {
        run = Files.createDirectories(dir.resolve("data/runs/search-20261124-120000"));
        front = ParetoFixture.write(run);
        workspace.update(p -> p.withDataFolder(dir.resolve("data").toString()).withTargetWords(List.of("biscuit")));
        vm = new ResultsViewModel(workspace, new ResultsLoader(new ParetoJson(mapper), new BoardProfiles(), mapper),
                new ParetoPick(mapper), (r, l) -> engine.train(r, l), new DirectTaskExecutor(), status);
        vm.openLatest();
        assertEquals("", status.errorProperty().get());
    }

    @Test
    void eachAxisMapsEveryPointToItsCostAndTheBudgetLineToItsLimit() {
        assertEquals(run, vm.snapshotProperty().get().run(), "openLatest finds the run under <data>/runs");
        for (CostAxis axis : CostAxis.values()) {
            vm.axisProperty().set(axis);
            assertEquals(front.points().size(), vm.points().size());
            for (ChartPoint c : vm.points()) {
                var p = front.point(c.id());
                double expected = switch (axis) {
                    case SRAM -> p.costs().sramBytes() / 1024.0;
                    case FLASH -> p.costs().flashBytes() / 1024.0;
                    case LATENCY -> p.costs().latencyMs();
                };
                assertEquals(expected, c.x(), 1e-12, axis + " point " + c.id());
                assertEquals(p.accuracy(), c.accuracy());
            }
        }
        assertEquals(ParetoFixture.BUDGET.latencyMs(), vm.budgetXProperty().get());
        vm.axisProperty().set(CostAxis.SRAM);
        assertEquals(50.0, vm.budgetXProperty().get());
        List<ChartPoint.Kind> kinds = vm.points().stream().map(ChartPoint::kind).toList();
        assertEquals(List.of(ChartPoint.Kind.FRONT, ChartPoint.Kind.DOMINATED, ChartPoint.Kind.FRONT, ChartPoint.Kind.FRONT,
                ChartPoint.Kind.FRONT, ChartPoint.Kind.OVER_BUDGET), kinds);
        assertEquals(List.of(3), vm.points().stream().filter(ChartPoint::chosen).map(ChartPoint::id).toList());
    }

    @Test
    void thePointTableListsEveryPointWithAllItsCostsAndItsStatus() {
        assertEquals(front.points().size(), vm.rows().size());
        for (PointRow r : vm.rows()) {
            var p = front.point(r.id());
            assertEquals(p.source(), r.source());
            assertEquals(p.accuracy(), r.accuracy());
            assertEquals(p.costs().sramBytes() / 1024.0, r.sramKb(), 1e-12);
            assertEquals(p.costs().flashBytes() / 1024.0, r.flashKb(), 1e-12);
            assertEquals(p.costs().latencyMs(), r.latencyMs(), 1e-12);
        }
        assertEquals(List.of("front", "dominated", "front", "front · chosen", "front", "over budget"),
                vm.rows().stream().map(PointRow::status).toList(), "as the fixture says: 1 dominated by 0, DS-CNN-S too slow, 3 chosen");
        vm.axisProperty().set(CostAxis.LATENCY);
        assertEquals(front.point(4).costs().sramBytes() / 1024.0, vm.rows().get(4).sramKb(), 1e-12, "the table does not follow the axis");
        vm.select(0);
        vm.useSelected();
        assertEquals("front · chosen", vm.rows().get(0).status());
        assertEquals("front", vm.rows().get(3).status());
    }

    @Test
    void selectingAPointShowsItsGenotypeAsBoxesAndItsCostsAgainstTheBudget() {
        assertEquals(3, vm.selectedProperty().get().id(), "the chosen point is selected first");
        vm.select(2);
        PointDetail d = vm.selectedProperty().get();
        Genotype g = front.point(2).genotype();
        // 49 × 10 MFCC → stem stride 2: 25 × 5 → dw-sep /2: 13 × 3 → dw-sep /1: 13 × 3
        assertEquals(List.of("input", "stem conv 3×3", "dw-sep-3x3", "dw-sep-3x3", "global average pool", "fully connected"),
                d.boxes().stream().map(LayerBox::title).toList());
        assertEquals("49 frames × 10 mfcc", d.boxes().get(0).detail());
        assertEquals("16 ch · stride 2×2 · 25×5", d.boxes().get(1).detail());
        assertEquals("16 ch · stride 2 · 13×3", d.boxes().get(2).detail());
        assertEquals("32 ch · stride 1 · 13×3", d.boxes().get(3).detail());
        assertEquals(g.layers().size() + 4, d.boxes().size());
        long sram = front.point(2).costs().sramBytes();
        assertEquals(String.format(java.util.Locale.ROOT, "SRAM %.1f KB of 50.0 KB (%.0f%%)", sram / 1024.0, 100 * sram / (50 * 1024.0)), d.costs().get(0));
        assertEquals(List.of(false, false, false, false), d.over());
        assertTrue(d.dataConfig().startsWith("mfcc · 16 kHz · window 40 ms · hop 20 ms · 40 mels · 10 coefficients"), d.dataConfig());
        assertNull(d.trained());
        vm.select(5);
        assertEquals(List.of(false, false, true, false), vm.selectedProperty().get().over(), "DS-CNN-S is over the latency budget");
    }

    @Test
    void theBaselineHasTheCostModelsCostsForTheFrontsLabelCount() throws IOException {
        assertEquals(ParetoFixture.LABELS, vm.snapshotProperty().get().labels(), "label count matched from the front's costs");
        var expected = ParetoFixture.costModel().of(Genotype.dscnnS(), ParetoFixture.LABELS);
        assertEquals(expected, vm.snapshotProperty().get().baselineCosts());
        assertTrue(vm.baselineProperty().get().title().endsWith("not trained"), vm.baselineProperty().get().title());
    }

    @Test
    void usingAPointWritesGenotypeJsonEqualToItAndMovesTheChosenMark() throws IOException {
        vm.select(0);
        vm.useSelected();
        assertEquals(front.point(0).genotype(), new RunStore(mapper).genotype(run));
        assertEquals(front.point(0).costs().sramBytes(), mapper.readTree(run.resolve("genotype.json").toFile()).path("sram").asLong());
        assertEquals(0, new ParetoJson(mapper).read(run.resolve(ParetoJson.FILE)).chosen());
        assertEquals(List.of(0), vm.points().stream().filter(ChartPoint::chosen).map(ChartPoint::id).toList());
        assertEquals(0, vm.selectedProperty().get().id(), "the selection stays");
    }

    @Test
    void trainingTheSelectedPointShowsItsConfusionMatrix() {
        vm.select(2);
        vm.training().epochsProperty().set(3);
        vm.trainSelected();
        assertEquals(1, requests.size());
        RunTraining.Request r = requests.get(0);
        assertEquals(front.point(2).genotype(), r.genotype());
        assertEquals(List.of("biscuit"), r.words());
        assertEquals(run.resolve("train-p2"), r.out());
        TrainedMetrics m = vm.selectedProperty().get().trained();
        assertNotNull(m);
        assertArrayEquals(new int[]{8, 2}, m.confusion()[0]);
        assertEquals(0.85, m.accuracy(), 1e-12);
        assertFalse(vm.training().runningProperty().get());
        assertTrue(vm.training().messageProperty().get().contains("85.0%"), vm.training().messageProperty().get());
    }

    @Test
    void thePointTableShowsTheTrainedAccuracyAndAnotherDataSetClearsTheTrainingLine() {
        vm.select(2);
        vm.training().epochsProperty().set(3);
        vm.trainSelected();
        PointRow two = vm.rows().stream().filter(r -> r.id() == 2).findFirst().orElseThrow();
        assertEquals(0.85, two.trained(), 1e-12, "the accuracy of the metrics.json the fake training wrote");
        assertTrue(vm.rows().stream().filter(r -> r.id() != 2).allMatch(r -> r.trained() == null));
        assertFalse(vm.training().messageProperty().get().isEmpty());
        workspace.update(p -> p.withDataFolder(p.dataFolder() + "-other"));
        assertEquals("", vm.training().messageProperty().get(), "a stale 'Train point 2' line after switching the data set");
    }

    @Test
    void cancellingStopsAfterTheRunningEpochAndWritesNothing() {
        engine = (r, l) -> {
            for (int e = 0; e < 5; e++) {
                l.epoch(new EpochStats(e, 0.01, 1.0, 0.5, 4, 10));
                if (e == 1) vm.training().cancel();
            }
            return fakeTraining(r, l, 0);
        };
        vm.select(2);
        vm.trainSelected();
        assertFalse(vm.training().runningProperty().get());
        assertFalse(Files.exists(run.resolve("train-p2")));
        assertEquals("Train point 2: cancelled", status.messageProperty().get());
        assertNull(vm.selectedProperty().get().trained());
    }

    /** Writes metrics.json as train does: accuracy 0.85 over [[8,2],[1,9]]. */
    private RunTraining.Outcome fakeTraining(RunTraining.Request r, dev.dartboard.train.TrainListener l, int epochs) throws IOException {
        requests.add(r);
        for (int e = 0; e < epochs; e++) l.epoch(new EpochStats(e, 0.01, 1.0 / (e + 1), 0.5, 4, 10));
        Confusion c = new Confusion(List.of("biscuit", "_unknown_"));
        for (int i = 0; i < 8; i++) c.add(0, 0);
        for (int i = 0; i < 2; i++) c.add(0, 1);
        c.add(1, 0);
        for (int i = 0; i < 9; i++) c.add(1, 1);
        Map<String, Object> metrics = new LinkedHashMap<>(c.toJson());
        metrics.put("split", "test");
        Files.createDirectories(r.out());
        new RunStore(mapper).saveMetrics(r.out(), metrics);
        return new RunTraining.Outcome(r.out(), null, metrics);
    }
}
