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
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchSummary;
import dev.dartboard.ui.search.SearchView;
import dev.dartboard.ui.search.SearchViewModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Search page's accuracy chart after a short search (issue 18: after a 1-epoch search it stayed empty on a 0–150
 * axis). A fake engine runs 10 warm-up steps, which measure no accuracy, then one search step (50% on its
 * validation batch) and ends with the supernet at 41% on the whole validation split: the chart shows both as dots
 * where a 0–100% axis puts them, on a step axis 0..11 in whole steps, and says why it is empty before.
 */
@ExtendWith(ApplicationExtension.class)
class SearchAccuracyUiTest {
    @TempDir static Path dir;
    private final CountDownLatch warmedUp = new CountDownLatch(1), go = new CountDownLatch(1);
    private SearchViewModel vm;

    private static SearchEvent event(int step, Double valAccuracy) {
        return new SearchEvent(step, step / 10, valAccuracy == null ? "warmup" : "search", 0.02, 2.0 - 0.01 * step,
                valAccuracy == null ? null : 1.5, valAccuracy, 0.1, new double[][]{{0.7, 0.1, 0.1, 0.1, 0, 0, 0, 0}},
                new double[]{0.5, 0.5}, 70 * 1024, 100 * 1024, 50, false, -1, null, null, null);
    }

    private SearchSummary engine(SearchRequest r, List<SearchListener> listeners, PauseGate gate) throws Exception {
        for (int s = 0; s < 10; s++) for (SearchListener l : listeners) l.onStep(event(s, null));
        warmedUp.countDown();
        go.await(20, TimeUnit.SECONDS);
        for (SearchListener l : listeners) l.onStep(event(10, 0.5));
        Files.writeString(Files.createDirectories(r.run()).resolve("pareto.json"), "{}");
        return new SearchSummary(r.run(), "mfcc-16k", List.of("conv-3x3 × 32"), 40_000, 90_000, 12.5, List.of(), 1.5, 0.41);
    }

    @Start
    void start(Stage stage) {
        Workspace workspace = new Workspace();
        workspace.update(p -> p.withDataFolder(dir.toString()));
        vm = new SearchViewModel(workspace, new SearchRequests(new BoardProfiles(), new SearchRequestJson(new ObjectMapper())),
                this::engine, new FxTaskExecutor(1), new StatusModel(), LocalDateTime::now);
        stage.setScene(new Scene(new StackPane(SearchView.build(vm, new StudioUiTest.Dialogs())), 1200, 800));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShortSearchsAccuracyPointsShowOnAPercentAxisOverWholeSteps(FxRobot robot) throws Exception {
        LineChart<Number, Number> chart = robot.lookup("#accuracy-chart").queryAs(LineChart.class);
        robot.interact(() -> vm.start());
        assertTrue(warmedUp.await(20, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.live().points().isEmpty());   // the batcher may still hold the last warm-up steps
        WaitForAsyncUtils.waitForFxEvents(3);
        assertTrue(robot.lookup("#accuracy-none").queryAs(Label.class).isVisible(), "an empty chart says why");
        go.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(5);

        assertFalse(robot.lookup("#accuracy-none").queryAs(Label.class).isVisible());
        NumberAxis y = (NumberAxis) chart.getYAxis(), x = (NumberAxis) chart.getXAxis();
        assertEquals(0, y.getLowerBound());
        assertEquals(100, y.getUpperBound(), "accuracy in percent: 0–100");
        assertEquals(0, x.getLowerBound());
        assertEquals(11, x.getUpperBound(), "the steps run 0..10, and a step of room shows the last dot whole");
        List<String> ticks = ((javafx.scene.Parent) x).getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .filter(t -> !t.isEmpty() && !t.equals(x.getLabel())).toList();
        assertFalse(ticks.isEmpty());
        assertTrue(ticks.stream().allMatch(t -> t.matches("\\d+")), ticks.toString());

        List<double[]> shown = new java.util.ArrayList<>();
        for (XYChart.Series<Number, Number> s : chart.getData())
            for (XYChart.Data<Number, Number> d : s.getData()) {
                Node dot = d.getNode();
                assertNotNull(dot, s.getName() + ": a lone point needs a dot to be seen");
                assertTrue(dot.isVisible());
                Bounds b = dot.getBoundsInParent();
                assertTrue(b.getWidth() > 0 && b.getHeight() > 0, s.getName() + " " + b);
                double cy = (b.getMinY() + b.getMaxY()) / 2, cx = (b.getMinX() + b.getMaxX()) / 2;
                assertEquals(y.getDisplayPosition(d.getYValue()), cy, 1.0, s.getName());
                assertEquals(x.getDisplayPosition(d.getXValue()), cx, 1.0, s.getName());
                shown.add(new double[]{d.getXValue().doubleValue(), d.getYValue().doubleValue()});
            }
        assertEquals(2, shown.size());
        assertEquals(List.of("10 50.0", "10 41.0"), shown.stream().map(p -> (int) p[0] + " " + Math.round(p[1] * 10) / 10.0).toList(),
                "the search step's batch (50%) and the whole split at the end (41%)");
    }
}
