package dev.dartboard.app;

import dev.dartboard.ui.deploy.TestRuns;
import dev.dartboard.ui.fx.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Overview page headless: first page, the next step marked, counts from the data set, the trained run carried to Deploy. */
@ExtendWith(ApplicationExtension.class)
class OverviewUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private final StudioUiTest.Dialogs dialogs = new StudioUiTest.Dialogs();

    @Start
    void start(Stage stage) {
        studio = StudioUiTest.studio(dir.resolve("recent-" + System.nanoTime() + ".json"), dialogs);
        stage.setScene(studio.scene());
        stage.show();
    }

    @Test
    void firstStartShowsTheOverviewWithDataAsTheNextStep(FxRobot robot) {
        assertTrue(robot.lookup("#overview-page").tryQuery().isPresent(), "the first page is not the Overview");
        Node data = robot.lookup("#step-data").query();
        assertTrue(data.getStyleClass().contains("step-next"), data.getStyleClass().toString());
        assertTrue(robot.lookup("#step-search").query().getStyleClass().contains("step-later"));
        robot.clickOn("#step-data-action");
        assertTrue(robot.lookup("#data-page").tryQuery().isPresent(), "the data step's action does not open the Data page");
    }

    @Test
    void dataCountsAndTheTrainedRunAreShownAndDeployOpensThatRunWithoutADialog(FxRobot robot) throws Exception {
        robot.interact(() -> studio.project().setDataFolder(StudioUiTest.SAMPLES));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#step-data").query().getStyleClass().contains("step-done"));
        // independent count: every WAV in a word folder (not _background_noise_) is a clip or a rejected file
        long wavs;
        try (Stream<Path> s = Files.walk(StudioUiTest.SAMPLES)) {
            wavs = s.filter(p -> p.toString().endsWith(".wav") && !p.toString().contains("_background_noise_")).count();
        }
        int rejected = studio.data().rejected().size();
        String detail = text(robot, "#step-data-detail");
        assertTrue(detail.startsWith((wavs - rejected) + " clips, " + rejected + " rejected"), detail + " vs " + wavs + " WAVs");
        assertTrue(robot.lookup("#step-search").query().getStyleClass().contains("step-next"));

        Path run = TestRuns.write(dir.resolve("train-p3"));
        Files.writeString(run.resolve("metrics.json"), "{\"accuracy\":0.9,\"split\":\"test\"}");
        Files.writeString(run.resolve("quant.json"), "{\"floatAccuracy\":0.9,\"int8Accuracy\":0.875}");
        robot.interact(() -> studio.currentRun().trainedRunProperty().set(run));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#step-train-detail").contains("int8"));
        assertEquals("train-p3: float 90.0% · int8 87.5% on the test split", text(robot, "#step-train-detail"));

        robot.clickOn("#step-train-action");
        assertTrue(robot.lookup("#deploy-page").tryQuery().isPresent(), "the train step's action does not open Deploy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.deploy().export().runProperty().get() != null);
        assertEquals(run, studio.deploy().export().runProperty().get().folder(), "Deploy did not open the current trained run");
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }
}
