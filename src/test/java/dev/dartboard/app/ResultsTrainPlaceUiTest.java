package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.pareto.ParetoFixture;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.train.Confusion;
import dev.dartboard.train.EpochStats;
import dev.dartboard.train.RunStore;
import dev.dartboard.train.RunTraining;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.results.PointRow;
import dev.dartboard.ui.results.ResultsLoader;
import dev.dartboard.ui.results.ResultsView;
import dev.dartboard.ui.results.ResultsViewModel;
import dev.dartboard.ui.shell.Themes;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Train keeps the user's place on the Results page (issue 18: "the page jumps on Train"): in a page area of the size
 * the studio gives it at 1024 × 700, scrolled so the Train button sits mid-screen, the button stays where the user
 * clicked it while training runs and once it ends with a 12-class confusion matrix, and the point stays selected.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsTrainPlaceUiTest {
    static final List<String> GSC = List.of("_silence_", "_unknown_", "yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go");
    @TempDir static Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final CountDownLatch release = new CountDownLatch(1);
    private static Path run;
    private ResultsViewModel vm;

    @BeforeAll
    static void frontOnDisk() throws Exception {   // off the FX thread: the costs take a while on a loaded machine
        run = Files.createDirectories(dir.resolve("data").resolve("runs/search-20261124-120000"));
        ParetoFixture.write(run);
    }

    @Start
    void start(Stage stage) {
        Workspace workspace = new Workspace();
        workspace.update(p -> p.withDataFolder(run.getParent().getParent().toString()));
        vm = new ResultsViewModel(workspace, new ResultsLoader(new ParetoJson(mapper), new BoardProfiles(), mapper),
                new ParetoPick(mapper), this::heldTraining, new FxTaskExecutor(1), new StatusModel());
        Scene scene = new Scene(new javafx.scene.layout.StackPane(ResultsView.build(vm, new StudioUiTest.Dialogs())), 840, 615);
        Themes.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        vm.openLatest();
    }

    /** Trains "until the test lets it end", then writes a 12-class metrics.json as train does. */
    private RunTraining.Outcome heldTraining(RunTraining.Request r, dev.dartboard.train.TrainListener l) throws java.io.IOException {
        l.epoch(new EpochStats(0, 0.01, 0.7, 0.8, 4, 10));
        try {
            assertTrue(release.await(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException("stopped");
        }
        Confusion c = new Confusion(GSC);
        for (int i = 0; i < GSC.size(); i++)
            for (int j = 0; j < GSC.size(); j++)
                for (int k = 0; k < (i == j ? 30 + i : (i + j) % 4 == 0 ? 3 : 0); k++) c.add(i, j);
        var metrics = new LinkedHashMap<>(c.toJson());
        metrics.put("split", "test");
        Files.createDirectories(r.out());
        new RunStore(mapper).saveMetrics(r.out(), metrics);
        return new RunTraining.Outcome(r.out(), null, metrics);
    }

    @Test
    @SuppressWarnings("unchecked")
    void trainKeepsTheTrainButtonWhereTheUserClickedIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.selectedProperty().get() != null);
        robot.interact(() -> vm.select(2));
        WaitForAsyncUtils.waitForFxEvents(3);
        ScrollPane scroll = robot.lookup("#results-page").queryAs(Node.class).getParent() instanceof ScrollPane s ? s
                : (ScrollPane) robot.lookup(".scroll-pane").match(n -> ((ScrollPane) n).getContent() != null
                        && "results-page".equals(((ScrollPane) n).getContent().getId())).query();
        Button train = robot.lookup("#train-point").queryButton();
        robot.interact(() -> {   // the Train button mid-screen, as a user scrolls to it
            double content = scroll.getContent().getLayoutBounds().getHeight(), view = scroll.getViewportBounds().getHeight();
            double y = train.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - view / 2) / (content - view))));
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        double before = sceneY(robot, train);
        assertTrue(before > 0 && before < 615, "Train is on screen: " + before);

        robot.clickOn(train);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.training().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(before, sceneY(robot, train), 1.0, "while training");

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#cell-11-11").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.training().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(before, sceneY(robot, train), 1.0, "after training, with the confusion matrix shown");
        TableView<PointRow> table = robot.lookup("#point-table").queryAs(TableView.class);
        assertEquals(2, table.getSelectionModel().getSelectedItem().id());
        assertEquals(2, vm.selectedProperty().get().id());
    }

    private static double sceneY(FxRobot robot, Node n) {
        double[] y = new double[1];
        robot.interact(() -> y[0] = n.localToScene(0, 0).getY());
        return y[0];
    }
}
