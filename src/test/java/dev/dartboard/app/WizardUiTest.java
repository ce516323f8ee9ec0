package dev.dartboard.app;

import dev.dartboard.audio.FakeAudioSource;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.record.RecordPlan;
import dev.dartboard.ui.record.Take;
import dev.dartboard.ui.shell.Page;
import dev.dartboard.ui.wizard.WizardStep;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.dartboard.ui.record.RecordViewModelTestAccess.spokenWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The custom-keyword wizard headless, Ctrl+8 through "Go to search": a take from a fake microphone, real
 * espeak-ng synthesis of a tiny set (3 voices of the keyword, 1 per negative), the augmentation preview drawn.
 */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {
    @TempDir static Path dir;
    private Studio studio;

    @Start
    void start(Stage stage) {
        StudioSettings settings = new StudioSettings(dir.resolve("recent.json"), clip -> { },
                meter -> new FakeAudioSource(spokenWord(), 1600, meter), new RecordPlan(250, 1500, 500));
        studio = new Studio(settings, new FxTaskExecutor(2), new StudioUiTest.Dialogs());
        stage.setScene(studio.scene());
        stage.show();
    }

    @Test
    void walksFromANameToTheSearchPageWithARecordedTakeAndEspeakVoices(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#wizard-name").write("biscuit");
        robot.interact(() -> robot.lookup("#wizard-folder").queryTextInputControl().setText(dir.toString()));
        assertEquals("", robot.lookup("#wizard-name-problem").queryAs(Label.class).getText());
        robot.clickOn("#wizard-next");
        assertEquals(WizardStep.RECORD, studio.wizard().stepProperty().get());

        robot.interact(() -> { studio.wizard().recorder().takeCountProperty().unbind(); studio.wizard().recorder().takeCountProperty().set(1); });
        robot.clickOn("#record-start");
        ListView<Take> takes = robot.lookup("#takes").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> takes.getItems().size() == 1);
        robot.clickOn("#save-takes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.wizard().takesProperty().get() == 1);
        assertTrue(Files.exists(dir.resolve("biscuit-takes/biscuit/studio_nohash_0.wav")));
        robot.clickOn("#wizard-next");

        robot.interact(() -> {
            studio.wizard().synthesis().perWordProperty().set(3);
            studio.wizard().synthesis().perUnknownProperty().set(1);
            studio.wizard().synthesis().noiseSecondsProperty().set(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var negatives = robot.lookup("#wizard-negatives").queryTextInputControl();
        assertEquals("discuit, giscuit, kiscuit, bascuit, bescuit, bit, fruit, big, bird, rabbit", negatives.getText());
        robot.interact(() -> negatives.setText("discuit, rabbit"));   // fewer words keep the test quick
        robot.clickOn("#wizard-generate");
        Path data = dir.resolve("biscuit-data");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> data.equals(studio.wizard().synthesis().datasetProperty().get()));
        try (var s = Files.list(data.resolve("biscuit"))) {
            assertEquals(4, s.count(), "3 espeak-ng voices + the recorded take");
        }
        assertEquals(List.of("discuit", "rabbit"), studio.wizard().synthesis().negativeWords());
        assertTrue(Files.isDirectory(data.resolve("discuit")) && Files.isDirectory(data.resolve("rabbit")));
        assertTrue(Files.isRegularFile(data.resolve("dartboard.json")));
        robot.clickOn("#wizard-next");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.wizard().augment().augmentedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(colours(robot, "#wizard-original") > 2 && colours(robot, "#wizard-augmented") > 2, "waveforms are drawn");
        robot.clickOn("#wizard-augment-next");
        assertTrue(robot.lookup("#wizard-draw").queryAs(Label.class).getText().startsWith("draw 2: "));
        robot.clickOn("#wizard-next");
        robot.clickOn("#wizard-go-search");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.main().pageProperty().get() == Page.SEARCH);
        assertEquals(data.toString(), studio.workspace().project().dataFolder());
        assertEquals(List.of("biscuit"), studio.workspace().project().targetWords());
    }

    private static int colours(FxRobot robot, String id) throws Exception {
        Canvas c = robot.lookup(id).queryAs(Canvas.class);
        WritableImage img = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> c.snapshot(null, null)));
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2)
            for (int x = 0; x < img.getWidth(); x += 2) seen.add(img.getPixelReader().getArgb(x, y));
        return seen.size();
    }
}
