package dev.dartboard.app;

import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.shell.Page;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The studio at the size a 1024 × 700 screen leaves for the window (1008 × 660, {@code WindowSize.fit}): no page
 * cuts a label, button or column header to "…". Deploy is reported, not asserted (its page is reworked apart).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutUiTest {
    @TempDir static Path dir;
    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = StudioUiTest.studio(dir.resolve("recent.json"), new StudioUiTest.Dialogs());
        studio.openDataFolder(StudioUiTest.SAMPLES);
        stage.setScene(studio.scene(1008, 660));
        stage.show();
    }

    @Test
    void noPageTruncatesATextAt1024By700(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> studio.clip().pictureProperty().get() != null);
        // a run folder as long as a real one (it squeezed "Choose run…" to "Choose r…")
        robot.interact(() -> studio.search().runFolderProperty().set(dir.resolve("dartboard-shots11936448559166516860/samples/runs/search-20261207-220503")));
        Map<String, List<String>> cut = new TreeMap<>();
        for (Page p : Page.values()) {
            robot.interact(() -> studio.main().pageProperty().set(p));
            WaitForAsyncUtils.waitForFxEvents(5);
            List<String> found = truncated(robot.lookup("#main").queryAs(Parent.class));
            if (!found.isEmpty()) cut.put(p.name(), found);
        }
        List<String> deploy = cut.remove(Page.DEPLOY.name());
        if (deploy != null) System.err.println("Deploy page truncates (not asserted here): " + deploy);
        assertEquals(Map.of(), cut);
    }

    /** No page's controls end past the right edge of its scroll view at 1008 × 660 (issue 18: Space's right column was cut). */
    @Test
    void noPageEndsPastTheRightEdgeAt1024By700(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> studio.clip().pictureProperty().get() != null);
        Map<String, List<String>> cut = new TreeMap<>();
        for (Page p : Page.values()) {
            robot.interact(() -> studio.main().pageProperty().set(p));
            WaitForAsyncUtils.waitForFxEvents(5);
            List<String> found = new ArrayList<>();
            robot.interact(() -> {
                javafx.scene.control.ScrollPane pane = pageScroll(robot.lookup("#main").queryAs(Parent.class));
                if (pane != null) found.addAll(cutRight(pane));
            });
            if (!found.isEmpty()) cut.put(p.name(), found);
        }
        assertEquals(Map.of(), cut);
    }

    /** The first visible scroll pane under {@code root} (the page's own). */
    private static javafx.scene.control.ScrollPane pageScroll(Parent root) {
        if (root instanceof javafx.scene.control.ScrollPane s && s.isVisible()) return s;
        for (Node c : root.getChildrenUnmodifiable())
            if (c.isVisible() && c instanceof Parent p) {
                javafx.scene.control.ScrollPane s = pageScroll(p);
                if (s != null) return s;
            }
        return null;
    }

    /**
     * The Results page with a trained point (a 12-class confusion matrix, the genotype, the summary) at 1008 × 660:
     * no text cut to "…" and nothing past the page's right edge (issue 18: the right side was cut).
     */
    @Test
    void resultsWithATrainedPointCutsNothingAt1024By700(FxRobot robot) throws Exception {
        Path run = java.nio.file.Files.createDirectories(dir.resolve("trained").resolve("runs/search-20261124-120000"));
        dev.dartboard.nas.pareto.ParetoFixture.write(run);
        dev.dartboard.train.Confusion c = new dev.dartboard.train.Confusion(ResultsTrainPlaceUiTest.GSC);
        for (int i = 0; i < 12; i++) for (int j = 0; j < 12; j++) for (int k = 0; k < (i == j ? 100 + i : j == 1 ? 7 : 0); k++) c.add(i, j);
        var metrics = new java.util.LinkedHashMap<>(c.toJson());
        metrics.put("split", "test");
        Path trained = java.nio.file.Files.createDirectories(dev.dartboard.ui.results.RunFolders.trainedRun(run, 3));
        new dev.dartboard.train.RunStore(new com.fasterxml.jackson.databind.ObjectMapper()).saveMetrics(trained, metrics);
        robot.interact(() -> { studio.main().pageProperty().set(Page.RESULTS); studio.results().open(run); });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> studio.results().snapshotProperty().get() != null);
        robot.interact(() -> studio.results().select(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cell-11-11").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        Parent page = robot.lookup("#results-page").queryAs(Parent.class);
        javafx.scene.control.ScrollPane scroll = null;
        for (Node n = page; n != null; n = n.getParent()) if (n instanceof javafx.scene.control.ScrollPane s) { scroll = s; break; }
        final javafx.scene.control.ScrollPane pane = scroll;
        List<String> cut = new ArrayList<>();
        robot.interact(() -> { cut.addAll(truncated(page)); cut.addAll(cutRight(pane)); });
        assertEquals(List.of(), cut);
        // full class names on both axes, and each cell's numbers in words: 7 of the 107 "no" clips predicted "_unknown_"
        javafx.scene.Group column = robot.lookup("#predicted-1").queryAs(javafx.scene.Group.class);
        assertEquals("_unknown_", ((javafx.scene.control.Label) column.getChildren().get(0)).getText());
        assertEquals("_silence_", robot.lookup("#true-0").queryAs(javafx.scene.control.Label.class).getText());
        javafx.scene.control.Label cell = robot.lookup("#cell-3-1").queryAs(javafx.scene.control.Label.class);
        assertEquals("7", cell.getText());
        assertEquals("true no → predicted _unknown_: 7 of 110 (6.4% of the row)", cell.getTooltip().getText());
        assertEquals("94%", robot.lookup("#right-3").queryAs(javafx.scene.control.Label.class).getText(), "103 of 110 right");
    }

    /** Visible controls and labels inside {@code scroll}'s content that end past its view's right edge. */
    static List<String> cutRight(javafx.scene.control.ScrollPane scroll) {
        double right = scroll.localToScene(0, 0).getX() + scroll.getViewportBounds().getWidth();
        List<String> out = new ArrayList<>();
        walkRight(scroll.getContent(), right, out);
        return out;
    }

    private static void walkRight(Node n, double right, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof javafx.scene.control.Control) {
            double end = n.localToScene(n.getLayoutBounds()).getMaxX();
            if (end > right + 1) out.add((n.getId() == null ? n.getClass().getSimpleName() : "#" + n.getId())
                    + (n instanceof Labeled l ? " '" + l.getText() + "'" : "") + " ends at " + Math.round(end) + " > " + Math.round(right));
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.TableView) return;   // they scroll on their own
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walkRight(c, right, out);
    }

    /** Visible Labeled nodes whose shown text was cut with an ellipsis: "id or text → shown". */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node c : l.getChildrenUnmodifiable())
                if (c instanceof Text t && t.isVisible() && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString()))
                    out.add((l.getId() == null ? "" : "#" + l.getId() + " ") + "'" + l.getText() + "' → '" + t.getText() + "'");
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c, out);
    }
}
