package dev.dartboard.app;

import dev.dartboard.ui.fx.FxTaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Search page headless: Ctrl+5, Start runs a real tiny search on samples/ (2 front ends, 1 epoch) with live views and the result. */
@ExtendWith(ApplicationExtension.class)
class SearchUiTest {
    @TempDir static Path dir;
    private Studio studio;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioUiTest.studio(dir.resolve("recent.json"), new StudioUiTest.Dialogs());
        Path data = dir.resolve("data");
        try (var files = Files.walk(Path.of("samples"))) {
            for (Path p : files.toList()) Files.copy(p, data.resolve(Path.of("samples").relativize(p).toString()));
        }
        studio.openDataFolder(data);
        stage.setScene(studio.scene());
        stage.show();
    }

    @Test
    void startRunsATinySearchShowsItLiveAndEndsWithTheDecodedModel(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search-page").tryQuery().isPresent());
        robot.interact(() -> {   // FX thread: the page follows these settings
            studio.search().settings().epochsProperty().set(1);
            studio.search().settings().configsProperty().set(2);
            studio.search().settings().batchProperty().set(16);
        });
        robot.clickOn("#start-search");
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> studio.search().resultProperty().get() != null);   // as WholeFlowUiTest: a loaded 2-core machine
        WaitForAsyncUtils.waitForFxEvents();
        var live = studio.search().live();
        assertEquals(2, live.configs().size());
        assertEquals(live.latestProperty().get().step() + 1, live.points().size());
        assertEquals(2, live.latestProperty().get().gamma().length);
        assertTrue(robot.lookup("#sram-expected").queryAs(Label.class).getText().startsWith("SRAM "));
        Path run = studio.search().resultProperty().get().run();
        assertTrue(run.startsWith(dir.resolve("data").resolve("runs")) && run.getFileName().toString().startsWith("search-"), run.toString());
        assertTrue(Files.exists(run.resolve("genotype.json")));
        String text = robot.lookup("#search-result").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Front end: ") && text.contains("Run folder: " + run), text);
    }
}
