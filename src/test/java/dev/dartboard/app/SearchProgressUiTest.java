package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.search.SearchEvent;
import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.search.CurvePoint;
import dev.dartboard.ui.search.PauseGate;
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchSummary;
import dev.dartboard.ui.search.SearchView;
import dev.dartboard.ui.search.SearchViewModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Search page's progress, status and curves (issue 18), on a fake engine of 3 epochs × 10 steps that saves a
 * checkpoint at the start of each epoch like the real one: progress bar and time left, named legends and axes,
 * whole-step ticks, a status for paused and cancelled, the curves kept across Resume, and a cancel after
 * genotype.json was written.
 */
@ExtendWith(ApplicationExtension.class)
class SearchProgressUiTest {
    static final int EPOCHS = 3, PER_EPOCH = 10, HOLD_AT = 2 * PER_EPOCH + 3;
    @TempDir static Path dir;
    private final List<SearchRequest> runs = new CopyOnWriteArrayList<>();
    private final StatusModel status = new StatusModel();
    private volatile int checkpointStep;
    private volatile boolean holdAfterGenotype;
    private volatile int holdAt = -1;
    private SearchViewModel vm;

    /** Visible up to the scene and laid out with a size. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return n.getLayoutBounds().getWidth() > 0 && n.getLayoutBounds().getHeight() > 0;
    }

    private static SearchEvent event(int step) {
        return new SearchEvent(step, step / PER_EPOCH, "search", 0.02, 2.0 - 0.01 * step, 1.9 - 0.01 * step, 0.3 + 0.01 * step, 0.1,
                new double[][]{{0.7, 0.1, 0.1, 0.1, 0, 0, 0, 0}}, new double[]{0.5, 0.5}, 70 * 1024, 100 * 1024, 50,
                false, -1, null, null, null);
    }

    private SearchSummary engine(SearchRequest r, List<SearchListener> listeners, PauseGate gate) throws Exception {
        runs.add(r);
        if (!r.resume()) new SearchRequestJson(new ObjectMapper()).write(r);
        for (int s = r.resume() ? checkpointStep : 0; s < EPOCHS * PER_EPOCH; s++) {
            if (s % PER_EPOCH == 0) {   // a checkpoint at each epoch's start
                Files.createDirectories(r.run().resolve("checkpoint"));
                Files.write(r.run().resolve("checkpoint").resolve("search.ckpt"), new byte[]{1});
                checkpointStep = s;
            }
            if (!r.resume() && s == holdAt) while (!gate.isCancelled()) Thread.sleep(10);   // waits for the test's Cancel
            for (SearchListener l : listeners) l.onStep(event(s));
            Thread.sleep(80);
        }
        if (holdAfterGenotype) {
            Files.writeString(r.run().resolve("genotype.json"), "{}");
            while (!gate.isCancelled()) Thread.sleep(10);
            throw new IllegalStateException("stopped");   // the page sees the cancelled gate
        }
        Files.writeString(r.run().resolve("pareto.json"), "{}");
        return new SearchSummary(r.run(), "mfcc-16k", List.of("conv-3x3 × 32"), 40_000, 90_000, 12.5, List.of(), 1.5, 0.6);
    }

    @Start
    void start(Stage stage) {
        Workspace workspace = new Workspace();
        workspace.update(p -> p.withDataFolder(dir.toString()));
        vm = new SearchViewModel(workspace, new SearchRequests(new BoardProfiles(), new SearchRequestJson(new ObjectMapper())),
                this::engine, new FxTaskExecutor(1), status, () -> LocalDateTime.now().withNano((int) (System.nanoTime() % 1000) * 1000));
        vm.settings().epochsProperty().set(EPOCHS);
        stage.setScene(new Scene(new StackPane(SearchView.build(vm, new StudioUiTest.Dialogs())), 1200, 800));
        stage.show();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> done) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, done);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; state: " + vm.live().stateProperty().get() + "; status: " + status.messageProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** Presses a button at once (the fake steps are shorter than a robot's mouse move). */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    @Test
    @SuppressWarnings("unchecked")
    void progressLegendsTicksStatusAndHistoryAcrossResume(FxRobot robot) throws Exception {
        holdAt = HOLD_AT;
        robot.clickOn("#start-search");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.live().points().size() >= 3);
        robot.interact(() -> robot.lookup("#pause-search").queryButton().fire());   // at once: the fake steps are short
        waitFor(() -> text(robot, "#search-state").startsWith("Paused after step"));
        int held = vm.live().points().size();
        assertTrue(text(robot, "#search-result").contains("Paused after step " + held), text(robot, "#search-result"));
        // whole-step ticks on a short curve (auto-ranging alone puts ticks at 0.5 steps here)
        LineChart<Number, Number> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        List<String> ticks = ((javafx.scene.Parent) loss.getXAxis()).getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> (Text) n)
                .filter(Node::isVisible).map(Text::getText).filter(t -> !t.isEmpty() && !t.equals("step")).toList();
        assertFalse(ticks.isEmpty());
        assertTrue(ticks.stream().allMatch(t -> t.matches("\\d+")), ticks.toString());
        List<String> legend = robot.lookup("#loss-legend .legend-entry").queryAllAs(Label.class).stream()
                .filter(SearchProgressUiTest::shown).map(Label::getText).toList();
        assertEquals(List.of("train loss", "validation loss"), legend, "a legend the user sees, not one laid out to nothing");
        assertEquals("cross-entropy", loss.getYAxis().getLabel());

        fire(robot, "#resume-search");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.live().points().size() >= PER_EPOCH + 5);
        // progress: steps done over 3 × 10, and a time left once the second epoch began (read in one FX pulse)
        ProgressBar bar = robot.lookup("#search-progress").queryAs(ProgressBar.class);
        String[] seen = new String[3];
        robot.interact(() -> {
            seen[0] = Integer.toString(vm.live().latestProperty().get().step());
            seen[1] = Double.toString(bar.getProgress());
            seen[2] = text(robot, "#search-eta");
        });
        int step = Integer.parseInt(seen[0]);
        assertEquals((step + 1) / 30.0, Double.parseDouble(seen[1]), 1e-9, "at step " + step);
        assertTrue(seen[2].matches("step " + (step + 1) + " of 30, epoch [23] of 3 · about \\d+ s left"), seen[2]);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.live().points().size() >= HOLD_AT);
        fire(robot, "#cancel-search");
        waitFor(() -> !vm.runningProperty().get());
        int before = vm.live().points().size();
        assertTrue(text(robot, "#search-state").startsWith("cancelled after step "), text(robot, "#search-state"));
        assertFalse(text(robot, "#search-result").contains("Searching"), text(robot, "#search-result"));

        fire(robot, "#resume-search");   // from the checkpoint at step 20
        waitFor(() -> vm.resultProperty().get() != null);
        List<Integer> steps = vm.live().points().stream().map(CurvePoint::step).toList();
        assertTrue(before > 2 * PER_EPOCH, "cancelled at " + before);
        assertEquals(java.util.stream.IntStream.range(0, EPOCHS * PER_EPOCH).boxed().toList(), steps,
                "the curves keep the steps before the checkpoint once, and the redone ones once");
        assertTrue(text(robot, "#search-state").startsWith("Finished"), text(robot, "#search-state"));
        assertEquals(1.0, bar.getProgress(), 1e-9);
    }

    @Test
    void aCancelAfterGenotypeJsonWasWrittenSaysSo(FxRobot robot) throws Exception {
        holdAfterGenotype = true;
        robot.clickOn("#start-search");
        waitFor(() -> runs.size() == 1 && Files.exists(runs.get(0).run().resolve("genotype.json")));
        robot.clickOn("#cancel-search");
        waitFor(() -> !vm.runningProperty().get());
        String said = status.messageProperty().get();
        assertFalse(said.contains("no epoch was saved"), said);
        assertTrue(said.contains("genotype.json holds its network"), said);
    }
}
