package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.train.Confusion;
import dev.dartboard.train.RunStore;
import dev.dartboard.ui.deploy.TestRuns;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.shell.Page;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Deploy page's model card with both confusion matrices (float from metrics.json, int8 from quant.json): 12 long
 * class names (matrices under the network diagram) at 1280 × 800 and 1024 × 700, and 6 (beside it) at 1280 × 800,
 * light and dark. Every turned column header lies inside its grid, below its matrix's title and above the first row of
 * counts, clear of its neighbours, as tall on screen as its name is long (measured apart) and not cut to "…"; the int8
 * title stays below the float grid. Issue 18 reported headers cut at the top / into the title above; a guard on the
 * layout (it fails when the headers are not wrapped in a Group, or are cut). Geometry in scene coordinates.
 */
@ExtendWith(ApplicationExtension.class)
class ModelCardMatricesUiTest {
    static final List<String> LABELS = List.of("_silence_", "_unknown_", "yes", "no", "marvin", "sheila", "up", "down", "left", "right",
            "forward", "backward");
    @TempDir static Path dir;
    private Studio studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = StudioUiTest.studio(dir.resolve("recent.json"), new StudioUiTest.Dialogs());
        stage.setScene(studio.scene(1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException { studio.close(); }

    @Test
    void bothMatricesShowWholeColumnHeadersBetweenTheirTitleAndTheirCounts(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        // 12 classes: the matrices sit under the network diagram. The card is filled while another page shows (as when
        // the studio carries a run just trained), then Deploy opens.
        open(robot, "run-12", LABELS, 100);
        robot.interact(() -> studio.main().pageProperty().set(Page.DEPLOY));
        for (int[] size : new int[][] {{1280, 800}, {1024, 700}})
            for (boolean dark : new boolean[] {false, true}) check(robot, LABELS.size(), size, dark, problems);
        // 6 classes with two-digit counts, opened while Deploy shows: the matrices sit beside the diagram at 1280 × 800
        open(robot, "run-6", LABELS.subList(0, 6), 20);
        for (boolean dark : new boolean[] {false, true}) check(robot, 6, new int[] {1280, 800}, dark, problems);
        assertEquals(List.of(), problems);
    }

    /** Writes a run whose metrics.json and quant.json hold matrices over {@code labels}, makes it current and waits for its card. */
    private void open(FxRobot robot, String name, List<String> labels, int right) throws Exception {
        Path run = TestRuns.write(dir.resolve(name));
        ObjectMapper mapper = new ObjectMapper();
        new RunStore(mapper).saveMetrics(run, confusion(labels, right, 0));
        Map<String, Object> quant = new LinkedHashMap<>();
        quant.put("split", "test");
        quant.put("floatAccuracy", 0.9);
        quant.put("int8Accuracy", 0.88);
        quant.put("int8", confusion(labels, right, 3));
        new QuantModelStore(mapper).saveReport(run, quant);   // quant.json, as the export's quantization writes it
        robot.interact(() -> studio.deploy().currentRunProperty().set(run));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var card = studio.deploy().export().cardProperty().get();
            return card != null && card.int8Matrix() != null && card.int8Matrix().labels().equals(labels);
        });
    }

    /** Both matrices at one window size and theme; adds what is wrong to {@code problems}. */
    private void check(FxRobot robot, int classes, int[] size, boolean dark, List<String> problems) throws Exception {
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            studio.main().darkProperty().set(dark);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        String where = classes + " classes " + size[0] + "x" + size[1] + (dark ? " dark" : " light");
        robot.interact(() -> {
            problems.addAll(check(robot, classes, "card-float-", where));
            problems.addAll(check(robot, classes, "card-int8-", where));
            GridPane floatGrid = robot.lookup("#card-float-confusion").queryAs(GridPane.class);
            Label int8Title = title(robot.lookup("#card-int8-confusion").queryAs(GridPane.class));
            double gap = scene(int8Title).getMinY() - scene(floatGrid).getMaxY();
            if (gap < -0.5) problems.add(where + ": the int8 title overlaps the float grid by " + fmt(-gap) + " px");
            Node diagram = robot.lookup("#card-genotype").query();
            System.err.println(where + ": matrices " + (scene(floatGrid).getMinX() >= scene(diagram).getMaxX() ? "beside" : "under") + " the diagram");
        });
        shoot(robot, where);
    }

    /**
     * A square matrix over {@code labels}: {@code right} + i on the diagonal and a column of confusions with "_unknown_"
     * ({@code noise} more in the int8 one).
     */
    private static Map<String, Object> confusion(List<String> labels, int right, int noise) {
        Confusion c = new Confusion(labels);
        for (int i = 0; i < labels.size(); i++)
            for (int j = 0; j < labels.size(); j++)
                for (int k = 0; k < (i == j ? right + i : j == 1 ? 7 + noise : 0); k++) c.add(i, j);
        Map<String, Object> m = new LinkedHashMap<>(c.toJson());
        m.put("split", "test");
        return m;
    }

    /**
     * One matrix's column headers against its grid, its title and its first row of counts; prints the measures it
     * checks. Returns what is wrong, in words.
     */
    private static List<String> check(FxRobot robot, int classes, String prefix, String where) {
        List<String> out = new ArrayList<>();
        GridPane grid = robot.lookup("#" + prefix + "confusion").queryAs(GridPane.class);
        Bounds g = scene(grid);
        Bounds title = scene(title(grid));
        double firstRow = Double.MAX_VALUE;   // the top of the first row of counts (row 1)
        for (Node n : grid.getChildren())
            if (GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == 1) firstRow = Math.min(firstRow, scene(n).getMinY());
        List<Bounds> heads = new ArrayList<>();
        double tallest = 0, longest = 0, top = Double.MAX_VALUE, bottom = 0;
        for (int j = 0; j <= classes; j++) {
            String id = prefix + (j < classes ? "predicted-" + j : "predicted-right");
            Node head = robot.lookup("#" + id).query();   // a Group holding the turned label
            Label l = head instanceof Label x ? x : (Label) ((Parent) head).getChildrenUnmodifiable().get(0);
            Bounds b = scene(l);   // the label's own box turned by its rotation: what shows on screen
            heads.add(b);
            String name = where + " " + id + " '" + l.getText() + "'";
            Text measure = new Text(l.getText());   // the name's width at the label's font, measured apart from the label
            measure.setFont(l.getFont());
            double text = measure.getLayoutBounds().getWidth() + l.getInsets().getLeft() + l.getInsets().getRight();
            tallest = Math.max(tallest, b.getHeight());
            longest = Math.max(longest, text);
            top = Math.min(top, b.getMinY());
            bottom = Math.max(bottom, b.getMaxY());
            if (b.getHeight() + 0.5 < text) out.add(name + ": " + fmt(b.getHeight()) + " px tall on screen < its name's " + fmt(text) + " px");
            for (Node c : l.getChildrenUnmodifiable())
                if (c instanceof Text t && !t.getText().equals(l.getText())) out.add(name + ": shown as '" + t.getText() + "'");
            if (b.getMinY() < g.getMinY() - 0.5 || b.getMaxY() > g.getMaxY() + 0.5 || b.getMinX() < g.getMinX() - 0.5 || b.getMaxX() > g.getMaxX() + 0.5)
                out.add(name + ": " + b + " outside its grid " + g);
            if (b.getMinY() < title.getMaxY() - 0.5)
                out.add(name + ": top at y " + fmt(b.getMinY()) + " above the title's bottom " + fmt(title.getMaxY()));
            if (b.getMaxY() > firstRow + 0.5)
                out.add(name + ": bottom at y " + fmt(b.getMaxY()) + " below the first row's top " + fmt(firstRow));
        }
        for (int j = 1; j < heads.size(); j++)
            if (heads.get(j).getMinX() < heads.get(j - 1).getMaxX() - 0.5) out.add(where + " " + prefix + "predicted-" + j + " overlaps the header on its left");
        System.err.printf(Locale.ROOT, "%s %s: title y %.1f..%.1f, grid y %.1f..%.1f, headers y %.1f..%.1f (tallest %.1f px, longest name %.1f px), first row of counts at y %.1f%n",
                where, prefix, title.getMinY(), title.getMaxY(), g.getMinY(), g.getMaxY(), top, bottom, tallest, longest, firstRow);
        return out;
    }

    /** With {@code -Dcard.shots=DIR}: the window scrolled down to the int8 matrix, as a PNG in DIR to look at. */
    private static void shoot(FxRobot robot, String where) throws Exception {
        String out = System.getProperty("card.shots");
        if (out == null) return;
        Node int8 = robot.lookup("#card-int8-confusion").query();
        robot.interact(() -> {   // the page scrolled down to the int8 matrix's last row
            Parent p = int8.getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) p = p.getParent();
            javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) p;
            double bottom = sp.getContent().sceneToLocal(scene(int8)).getMaxY();
            double room = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.min(1, Math.max(0, (bottom + 10 - sp.getViewportBounds().getHeight()) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        var image = WaitForAsyncUtils.asyncFx(() -> javafx.embed.swing.SwingFXUtils.fromFXImage(int8.getScene().snapshot(null), null)).get();
        java.nio.file.Files.createDirectories(Path.of(out));
        javax.imageio.ImageIO.write(image, "png", Path.of(out, "card-" + where.replace(' ', '-') + ".png").toFile());
    }

    /** The matrix's title: the label just above the grid in the card's matrices column. */
    private static Label title(GridPane grid) {
        VBox column = (VBox) grid.getParent();
        return (Label) column.getChildren().get(column.getChildren().indexOf(grid) - 1);
    }

    /** {@code n}'s layout box (for a turned label, turned with it) in scene coordinates. */
    private static Bounds scene(Node n) { return n.localToScene(n.getLayoutBounds()); }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
