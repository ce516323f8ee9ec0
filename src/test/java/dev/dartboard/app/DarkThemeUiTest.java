package dev.dartboard.app;

import dev.dartboard.ui.fx.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dark theme reaches what issue 18 saw keep light colours: the Data page's waveform (its background was a fixed light
 * grey), a selected table row and the wizard's selected step. Colours are read from rendered snapshots and compared by
 * relative luminance; the page's own background is the reference for "dark".
 */
@ExtendWith(ApplicationExtension.class)
class DarkThemeUiTest {
    @TempDir static Path dir;
    private Studio studio;

    @Start
    void start(Stage stage) {
        studio = StudioUiTest.studio(dir.resolve("recent-" + System.nanoTime() + ".json"), new StudioUiTest.Dialogs());
        studio.openDataFolder(StudioUiTest.SAMPLES);
        stage.setScene(studio.scene(1008, 660));
        stage.show();
    }

    @Test
    void theWaveformASelectedRowAndTheWizardStepsAreDarkInTheDarkTheme(FxRobot robot) throws Exception {
        robot.clickOn("#nav-data");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> studio.clip().pictureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(3);
        double lightWave = luminance(pixel(robot, "#waveform", 2, 2));
        assertTrue(lightWave > 0.8, "the light theme's waveform background: luminance " + lightWave);

        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents(5);
        double page = luminance(pixel(robot, "#data-page", 2, 2));
        assertTrue(page < 0.1, "the dark theme's page: luminance " + page);
        double wave = luminance(pixel(robot, "#waveform", 2, 2));
        assertTrue(wave < 0.1, "the dark theme's waveform background: luminance " + wave);
        Canvas canvas = robot.lookup("#waveform").queryAs(Canvas.class);
        assertTrue(maxLuminance(robot, canvas) > wave + 0.2, "the waveform's line stands out from its dark background");

        TableView<?> labels = robot.lookup("#labels").queryAs(TableView.class);
        robot.interact(() -> labels.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents(3);
        Node row = robot.lookup("#labels .table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).query();
        double selected = luminance(pixel(robot, row, 2, 2));
        assertTrue(selected < 0.35, "a selected row on the dark theme: luminance " + selected);

        robot.clickOn("#nav-wizard");
        WaitForAsyncUtils.waitForFxEvents(3);
        ListView<?> steps = robot.lookup("#wizard-steps").queryAs(ListView.class);
        assertEquals(0, steps.getSelectionModel().getSelectedIndex());
        Node step = robot.lookup("#wizard-steps .list-cell").match(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == 0).query();
        double current = luminance(pixel(robot, step, 2, 2));
        assertTrue(current < 0.35, "the wizard's current step on the dark theme: luminance " + current);
    }

    private static Color pixel(FxRobot robot, String id, int x, int y) { return pixel(robot, robot.lookup(id).query(), x, y); }

    private static Color pixel(FxRobot robot, Node n, int x, int y) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = n.snapshot(null, null));
        return shot[0].getPixelReader().getColor(x, y);
    }

    private static double maxLuminance(FxRobot robot, Canvas c) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = c.snapshot(null, null));
        double max = 0;
        for (int x = 0; x < (int) shot[0].getWidth(); x++)
            max = Math.max(max, luminance(shot[0].getPixelReader().getColor(x, (int) shot[0].getHeight() / 2)));
        return max;
    }

    /** Relative luminance (sRGB, as WCAG). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) { return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
}
