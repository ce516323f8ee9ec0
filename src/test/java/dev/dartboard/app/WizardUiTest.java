package dev.dartboard.app;

import dev.dartboard.audio.WavWriter;
import dev.dartboard.ui.project.BudgetSettings;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.record.Take;
import dev.dartboard.ui.shell.Page;
import dev.dartboard.ui.wizard.WizardStep;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * The custom-keyword wizard headless, Ctrl+9 through "Go to search": an imported WAV and a take from a fake microphone
 * listed and saved, real espeak-ng synthesis of a tiny set (3 voices of the keyword, 1 per negative) with the warning
 * that its splits are too small, the augmentation preview drawn, the project's budgets kept by the hand-off.
 */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private final StudioUiTest.Dialogs dialogs = new StudioUiTest.Dialogs();

    @Start
    void start(Stage stage) {
        StudioSettings settings = StudioUiTest.settings(dir.resolve("recent.json"));
        studio = new Studio(settings, new FxTaskExecutor(2), dialogs);
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

        dialogs.file = dir.resolve("mine.wav");
        new WavWriter().write(dialogs.file, spokenWord());
        robot.clickOn("#wizard-import");
        ListView<Take> takes = robot.lookup("#takes").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> takes.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#takes .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> "Take 1 — 600 ms — from mine.wav".equals(c.getText())), "the imported take is listed with its length");
        robot.interact(() -> { studio.wizard().recorder().takeCountProperty().unbind(); studio.wizard().recorder().takeCountProperty().set(1); });
        robot.clickOn("#record-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> takes.getItems().size() == 2);
        robot.clickOn("#save-takes");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.wizard().takesProperty().get() == 2);
        assertTrue(Files.exists(dir.resolve("biscuit-takes/biscuit/studio_nohash_0.wav")));
        assertTrue(Files.exists(dir.resolve("biscuit-takes/biscuit/studio_nohash_1.wav")));
        robot.clickOn("#wizard-next");

        robot.interact(() -> {
            studio.wizard().synthesis().perWordProperty().set(3);
            studio.wizard().synthesis().perUnknownProperty().set(1);
            studio.wizard().synthesis().noiseSecondsProperty().set(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var negatives = robot.lookup("#wizard-negatives").queryTextInputControl();
        assertTrue(negatives.getText().startsWith("discuit, giscuit, kiscuit, "), negatives.getText());   // confusables first
        assertEquals(150, negatives.getText().split(", ").length, "then common words: " + negatives.getText());
        robot.interact(() -> negatives.setText("discuit, rabbit"));   // fewer words keep the test quick
        robot.clickOn("#wizard-generate");
        Path data = dir.resolve("biscuit-data");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> data.equals(studio.wizard().synthesis().datasetProperty().get()));
        try (var s = Files.list(data.resolve("biscuit"))) {
            assertEquals(5, s.count(), "3 espeak-ng voices + the imported and the recorded take");
        }
        // 5 clips of the keyword cannot put 5 in validation and 5 in test: the accuracies would mean little
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#wizard-split-warning").query().isVisible());
        assertTrue(robot.lookup("#wizard-split-warning").query().getStyleClass().contains("banner-warning"));
        String warning = robot.lookup("#wizard-split-warning-text").queryAs(Label.class).getText();
        assertTrue(warning.startsWith("Too few clips to measure accuracy on: 'biscuit' has "), warning);
        assertEquals(List.of("discuit", "rabbit"), studio.wizard().synthesis().negativeWords());
        assertTrue(Files.isDirectory(data.resolve("discuit")) && Files.isDirectory(data.resolve("rabbit")));
        assertTrue(Files.isRegularFile(data.resolve("dartboard.json")));
        robot.clickOn("#wizard-next");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.wizard().augment().augmentedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(colours(robot, "#wizard-original") > 2 && colours(robot, "#wizard-augmented") > 2, "waveforms are drawn");
        robot.clickOn("#wizard-augment-next");
        assertTrue(robot.lookup("#wizard-draw").queryAs(Label.class).getText().startsWith("draw 2: "));
        robot.interact(() -> studio.workspace().update(p -> p.withBudget(new BudgetSettings("nano33ble", 100 * 1024, 500 * 1024, 120))));
        robot.clickOn("#wizard-next");
        assertTrue(robot.lookup("#wizard-split-warning-search").query().isVisible(), "the warning is repeated before the search");
        String summary = robot.lookup("#wizard-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("SRAM 100.0 KB, flash 500.0 KB, latency 120 ms on nano33ble"), summary);
        robot.clickOn("#wizard-go-search");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.main().pageProperty().get() == Page.SEARCH);
        assertEquals(data.toString(), studio.workspace().project().dataFolder());
        assertEquals(List.of("biscuit"), studio.workspace().project().targetWords());
        assertEquals(new BudgetSettings("nano33ble", 100 * 1024, 500 * 1024, 120), studio.workspace().project().budget(),
                "the hand-off keeps the user's budgets");
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
