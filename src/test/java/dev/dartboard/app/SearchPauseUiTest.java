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
import dev.dartboard.ui.search.PauseGate;
import dev.dartboard.ui.search.SearchEngine;
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchSummary;
import dev.dartboard.ui.search.SearchView;
import dev.dartboard.ui.search.SearchViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
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
 * The Search page's Pause, Resume and Cancel buttons headless, on a fake engine that steps every 20 ms and,
 * like the real one, saves its options and a checkpoint: Pause holds the steps, Resume continues them, Cancel
 * then Resume continues the same run folder from its checkpoint.
 */
@ExtendWith(ApplicationExtension.class)
class SearchPauseUiTest {
    @TempDir static Path dir;
    private final List<SearchRequest> runs = new CopyOnWriteArrayList<>();
    private final List<PauseGate> gates = new CopyOnWriteArrayList<>();
    private final StatusModel status = new StatusModel();
    private final StudioUiTest.Dialogs dialogs = new StudioUiTest.Dialogs();
    private SearchViewModel vm;

    private static SearchEvent event(int step) {
        return new SearchEvent(step, 0, "search", 0.02, 2.0 - 0.001 * step, 1.9, 0.5, 0.1,
                new double[][]{{0.7, 0.1, 0.1, 0.1, 0, 0, 0, 0}}, new double[]{0.5, 0.5}, 70 * 1024, 100 * 1024, 50,
                false, -1, null, null, null);
    }

    private SearchSummary slowSearch(SearchRequest r, List<SearchListener> listeners, PauseGate gate) throws Exception {
        runs.add(r);
        gates.add(gate);
        if (!r.resume()) {
            new SearchRequestJson(new ObjectMapper()).write(r);
            Files.createDirectories(r.run().resolve("checkpoint"));
            Files.write(r.run().resolve("checkpoint").resolve("search.ckpt"), new byte[]{1});
        }
        for (int s = 0; s < (r.resume() ? 10 : 2000); s++) {
            for (SearchListener l : listeners) l.onStep(event(s));
            Thread.sleep(20);
        }
        Files.writeString(r.run().resolve("pareto.json"), "{}");
        return new SearchSummary(r.run(), "mfcc-16k", List.of("conv-3x3 × 32"), 40_000, 90_000, 12.5, List.of(), 1.5, 0.6);
    }

    @Start
    void start(Stage stage) {
        Workspace workspace = new Workspace();
        workspace.update(p -> p.withDataFolder(dir.toString()));
        SearchEngine engine = this::slowSearch;
        vm = new SearchViewModel(workspace, new SearchRequests(new BoardProfiles(), new SearchRequestJson(new ObjectMapper())),
                engine, new FxTaskExecutor(1), status, () -> LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        stage.setScene(new Scene(new StackPane(SearchView.build(vm, dialogs)), 1200, 800));
        stage.show();
    }

    private int shown() { return vm.live().points().size(); }

    private void waitFor(java.util.concurrent.Callable<Boolean> done) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, done);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSettingsFieldsShowChangesFromEitherSide(FxRobot robot) {
        Spinner<Integer> epochs = robot.lookup("#epochs").queryAs(Spinner.class);
        robot.interact(() -> vm.settings().epochsProperty().set(7));
        assertEquals(7, epochs.getValue());
        robot.interact(() -> epochs.getValueFactory().setValue(9));
        assertEquals(9, vm.settings().epochsProperty().get());
        robot.interact(() -> vm.settings().seedProperty().set(42));
        assertEquals("42", robot.lookup("#seed").queryAs(TextField.class).getText());
    }

    @Test
    void pauseHoldsTheStepsResumeContinuesAndACancelledRunResumesFromItsFolder(FxRobot robot) throws Exception {
        robot.clickOn("#start-search");
        waitFor(() -> shown() >= 3);
        robot.clickOn("#pause-search");
        waitFor(() -> gates.get(0).waiting() == 1);
        int held = shown();
        assertTrue(robot.lookup("#pause-search").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#resume-search").queryAs(Button.class).isDisabled());
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(held, shown(), "no steps while paused");
        assertTrue(status.messageProperty().get().startsWith("Search: paused after step " + held), status.messageProperty().get());

        robot.clickOn("#resume-search");
        waitFor(() -> shown() >= held + 5);
        robot.clickOn("#cancel-search");
        waitFor(() -> !vm.runningProperty().get());
        Path run = runs.get(0).run();
        assertTrue(status.messageProperty().get().endsWith("Resume continues from the last saved epoch"), status.messageProperty().get());
        assertEquals("Run folder: " + run, robot.lookup("#run-folder").queryAs(Label.class).getText().replace("\u200B", ""));
        assertFalse(robot.lookup("#resume-search").queryAs(Button.class).isDisabled());

        robot.clickOn("#resume-search");
        waitFor(() -> vm.resultProperty().get() != null);
        assertEquals(2, runs.size());
        assertTrue(runs.get(1).resume());
        assertEquals(run, runs.get(1).run());
        assertTrue(robot.lookup("#resume-search").queryAs(Button.class).isDisabled(), "the finished run has nothing to resume");

        dialogs.folder = dir.resolve("elsewhere");
        robot.clickOn("#choose-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Run folder: " + dialogs.folder, robot.lookup("#run-folder").queryAs(Label.class).getText().replace("\u200B", ""));
        assertTrue(robot.lookup("#resume-search").queryAs(Button.class).isDisabled());
    }
}
