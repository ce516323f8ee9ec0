package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.pareto.ParetoFixture;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.train.Confusion;
import dev.dartboard.train.EpochStats;
import dev.dartboard.train.RunStore;
import dev.dartboard.train.RunTraining;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.results.CostAxis;
import dev.dartboard.ui.results.PointRow;
import dev.dartboard.ui.results.ResultsLoader;
import dev.dartboard.ui.results.ResultsView;
import dev.dartboard.ui.results.ResultsViewModel;
import dev.dartboard.ui.shell.Themes;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Results page headless on a hand-written pareto.json (real genotypes, CostModel costs): the chart's
 * points by kind, a click selects and shows the genotype, the axis switches, Use this point writes
 * genotype.json, Train (a fake engine writing metrics.json as train does) shows the confusion matrix.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsUiTest {
    @TempDir static Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private Path run;
    private ParetoFront front;
    private ResultsViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        run = Files.createDirectories(dir.resolve("data-" + System.nanoTime()).resolve("runs/search-20261124-120000"));
        front = ParetoFixture.write(run);
        Workspace workspace = new Workspace();
        workspace.update(p -> p.withDataFolder(run.getParent().getParent().toString()));
        vm = new ResultsViewModel(workspace, new ResultsLoader(new ParetoJson(mapper), new BoardProfiles(), mapper),
                new ParetoPick(mapper), this::fakeTraining, new FxTaskExecutor(1), new StatusModel());
        Scene scene = new Scene(new javafx.scene.layout.StackPane(ResultsView.build(vm, new StudioUiTest.Dialogs())), 1280, 900);
        Themes.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        vm.openLatest();
    }

    @Test
    void pointsAreDrawnByKindAndAClickShowsThatPointsGenotype(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#point-2").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(3);
        assertTrue(classes(robot, "#point-0").contains("front"), "#point-0 " + classes(robot, "#point-0") + " of " + robot.lookup("#point-0").queryAll().size());
        assertTrue(classes(robot, "#point-1").contains("dominated"), "#point-1 " + classes(robot, "#point-1") + " of " + robot.lookup("#point-1").queryAll().size());
        assertTrue(classes(robot, "#point-5").contains("over-budget"), "#point-5 " + classes(robot, "#point-5") + " of " + robot.lookup("#point-5").queryAll().size());
        assertTrue(classes(robot, "#point-3").contains("chosen"), "#point-3 " + classes(robot, "#point-3") + " of " + robot.lookup("#point-3").queryAll().size());
        Node p2 = robot.lookup("#point-2").query();
        robot.clickOn(p2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#point-title").startsWith("Point 2 · "), text(robot, "#point-title") + " after a click at "
                + p2.localToScreen(p2.getBoundsInLocal()));
        assertEquals("dw-sep-3x3\n16 ch · stride 2 · 13×3", text(robot, "#layer-box-2"));
        assertTrue(classes(robot, "#point-2").contains("selected"), classes(robot, "#point-2") + " / " + robot.lookup("#point-2").query().getUserData());
        assertTrue(text(robot, "#baseline-title").startsWith("DS-CNN-S baseline · not trained"));

        TableView<PointRow> table = robot.lookup("#point-table").queryAs(TableView.class);
        assertEquals(2, table.getSelectionModel().getSelectedItem().id(), "the table follows a click on the chart");
        // row 4 (point 4), chosen through the table's own selection: the table may sit below the fold of this test's
        // un-scrolled window (the studio wraps the page in a scroll pane), so no click on it
        robot.interact(() -> { table.requestFocus(); table.getSelectionModel().select(4); });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, vm.selectedProperty().get().id(), "a row selects its point");
        assertTrue(text(robot, "#point-title").startsWith("Point 4 · "), text(robot, "#point-title"));
        assertTrue(classes(robot, "#point-4").contains("selected"));
        robot.clickOn(p2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getSelectionModel().getSelectedItem().id());

        ChoiceBox<CostAxis> axis = robot.lookup("#axis").queryAs(ChoiceBox.class);
        robot.interact(() -> axis.setValue(CostAxis.LATENCY));
        LineChart<?, ?> chart = robot.lookup("#pareto-chart").queryAs(LineChart.class);
        assertEquals("Latency (ms)", chart.getXAxis().getLabel());
        assertTrue(robot.lookup("#point-2").tryQuery().isPresent(), "points are redrawn on the new axis");

        robot.clickOn("#use-point");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(run.resolve("genotype.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#point-2").tryQuery()   // the chart is being redrawn
                .map(n -> n.getStyleClass().contains("chosen")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(front.point(2).genotype(), new RunStore(mapper).genotype(run));
        assertFalse(classes(robot, "#point-3").contains("chosen"));

        robot.clickOn("#train-point");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cell-1-1").tryQuery().isPresent());   // the grid's last cell
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("8", text(robot, "#cell-0-0"));
        assertEquals("2", text(robot, "#cell-0-1"));
        assertTrue(text(robot, "#point-trained").startsWith("Trained: 85.0% on the test split"), text(robot, "#point-trained"));
    }

    private RunTraining.Outcome fakeTraining(RunTraining.Request r, dev.dartboard.train.TrainListener l) throws java.io.IOException {
        l.epoch(new EpochStats(0, 0.01, 0.7, 0.8, 4, 10));
        Confusion c = new Confusion(List.of("biscuit", "_unknown_"));
        int[][] counts = {{8, 2}, {1, 9}};
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < counts[i][j]; k++) c.add(i, j);
        var metrics = new LinkedHashMap<>(c.toJson());
        metrics.put("split", "test");
        Files.createDirectories(r.out());
        new RunStore(mapper).saveMetrics(r.out(), metrics);
        return new RunTraining.Outcome(r.out(), null, metrics);
    }

    private static List<String> classes(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return List.copyOf(n.getStyleClass());
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }
}
