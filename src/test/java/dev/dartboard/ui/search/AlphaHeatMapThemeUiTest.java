package dev.dartboard.ui.search;

import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchEvent;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.SpacePresets;
import dev.dartboard.ui.shell.Themes;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Search page's α heat map follows the theme (issue 18: its cells stayed white in the dark theme): a cell of a small α
 * is dark on the dark theme and light on the light one, and a cell of a large α stands out from it on both; switching
 * the theme redraws the map with no new search step.
 */
@ExtendWith(ApplicationExtension.class)
class AlphaHeatMapThemeUiTest {
    private final LiveSearch live = new LiveSearch();
    private Canvas map;
    private Scene scene;

    @Start
    void start(Stage stage) {
        map = AlphaHeatMap.build(live);
        scene = new Scene(new StackPane(map), 480, 280);
        Themes.apply(scene, true);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void cellsAreDarkOnTheDarkThemeAndLightOnTheLightOne(FxRobot robot) throws Exception {
        SearchRequest r = new SearchRequest(Path.of("samples"), Path.of("target", "alpha-theme-run"), SpacePresets.named("default", 2),
                new BoardProfiles().load("nano33ble"), new dev.dartboard.model.Budget(64_000, 256_000, 300), SearchConfig.defaults(1),
                List.of("yes", "no"), false, 1);
        int ops = r.space().primitives().size();
        double[][] alphas = new double[2][ops];
        for (double[] row : alphas) java.util.Arrays.fill(row, 0.1 / (ops - 1));
        alphas[0][0] = 0.9;
        alphas[1][0] = 0.9;
        SearchEvent e = new SearchEvent(0, 0, "search", 0.01, 2, null, null, 0, alphas, new double[] {0.5, 0.5}, 1000, 1000, 1,
                false, -1, null, null, null);
        robot.interact(() -> {
            live.reset(r);
            live.accept(new EventBatcher.Batch(e, List.of()));
        });
        WaitForAsyncUtils.waitForFxEvents(3);

        double darkCold = luminance(cell(robot, 1, 1)), darkHot = luminance(cell(robot, 1, 0));
        assertTrue(darkCold < 0.25, "a small-α cell on the dark theme: luminance " + darkCold);
        assertTrue(Math.abs(darkHot - darkCold) > 0.1, "a large-α cell stands out on the dark theme: " + darkHot + " vs " + darkCold);

        robot.interact(() -> Themes.apply(scene, false));
        WaitForAsyncUtils.waitForFxEvents(3);
        double lightCold = luminance(cell(robot, 1, 1)), lightHot = luminance(cell(robot, 1, 0));
        assertTrue(lightCold > 0.8, "a small-α cell on the light theme: luminance " + lightCold);
        assertTrue(lightCold - lightHot > 0.3, "a large-α cell stands out on the light theme: " + lightHot + " vs " + lightCold);
    }

    /** The colour near the top-left corner of layer {@code l}'s cell of op {@code k} (clear of its number), as drawn. */
    private Color cell(FxRobot robot, int l, int k) {
        int ops = live.ops().size(), layers = live.latestProperty().get().alphas().length;
        double w = (map.getWidth() - 60) / ops, h = (map.getHeight() - 8 - 84) / layers;
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) (60 + k * w + 3), (int) (8 + l * h + 3));
    }

    /** Relative luminance (sRGB, as WCAG). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) { return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
}
