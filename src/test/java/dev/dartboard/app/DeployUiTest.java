package dev.dartboard.app;

import dev.dartboard.audio.FakeAudioSource;
import dev.dartboard.ui.deploy.SimulatorControl;
import dev.dartboard.ui.deploy.TestRuns;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.record.RecordPlan;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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

import static dev.dartboard.ui.record.RecordViewModelTestAccess.spokenWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Deploy page headless: open a run, export the .tflite, start the simulator, read its info, flash, see the outcome. */
@ExtendWith(ApplicationExtension.class)
class DeployUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private final StudioUiTest.Dialogs dialogs = new StudioUiTest.Dialogs();

    @Start
    void start(Stage stage) {
        StudioSettings settings = new StudioSettings(dir.resolve("recent.json"), clip -> { },
                meter -> new FakeAudioSource(spokenWord(), 1600, meter), new RecordPlan(250, 1500, 500));
        studio = new Studio(settings, new FxTaskExecutor(1), dialogs);
        stage.setScene(studio.scene());
        stage.show();
    }

    @AfterEach
    void stopSimulator() throws InterruptedException { studio.close(); }

    @Test
    void exportsStartsTheSimulatorReadsItsInfoAndFlashesTheTflite(FxRobot robot) throws Exception {
        Path run = TestRuns.write(dir.resolve("run"));
        // metrics.json as train writes it, with its per-epoch history (the page used to print it as a raw Java map)
        new dev.dartboard.train.RunStore(new com.fasterxml.jackson.databind.ObjectMapper()).saveMetrics(run, java.util.Map.of("accuracy", 0.5, "split", "test",
                "labels", java.util.List.of("_silence_", "_unknown_", "yes", "no"), "confusion", java.util.List.of(java.util.List.of(1, 0, 0, 0),
                        java.util.List.of(0, 1, 0, 0), java.util.List.of(1, 0, 0, 0), java.util.List.of(0, 0, 1, 0)),
                "history", java.util.List.of(java.util.Map.of("epoch", 0, "learningRate", 0.0049863))));
        robot.interact(() -> studio.project().setDataFolder(StudioUiTest.SAMPLES));
        robot.clickOn("#nav-deploy");
        // the studio's current run opens on the page: no folder dialog
        robot.interact(() -> studio.deploy().currentRunProperty().set(run));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#card-title").equals("tiny · 4 labels: _silence_, _unknown_, yes, no"));
        assertEquals(run.toAbsolutePath().toString(), robot.lookup("#run-folder").queryAs(javafx.scene.control.TextField.class).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Float 50.0% on the test split · int8: not quantized yet (an export quantizes it)", text(robot, "#card-accuracy"));
        assertEquals("1", text(robot, "#card-float-cell-3-2"), "true no, predicted yes");
        assertEquals("0", text(robot, "#card-float-cell-3-3"));
        java.util.List<String> shown = robot.lookup("#deploy-page .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(shown.stream().noneMatch(t -> t.contains("{epoch=") || t.contains("history")), "raw metrics.json on the page: " + shown);
        assertEquals(6, robot.lookup("#card-genotype .net-box").queryAll().size(), "input, stem, 2 layers, pool, classifier");
        robot.clickOn("#export-tflite");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result(robot).startsWith(".tflite written"));
        Path blob = dir.resolve("run/export/model.blob").toAbsolutePath();
        // the confirmation holds the full paths, whole and selectable
        javafx.scene.control.TextArea shownResult = robot.lookup("#export-result").queryAs(javafx.scene.control.TextArea.class);
        assertTrue(shownResult.isWrapText() && !shownResult.isEditable());
        assertTrue(result(robot).contains(blob.toString()), result(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#card-accuracy").contains("· int8 "));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !studio.deploy().export().busyProperty().get());
        robot.clickOn("#export-arduino");
        Path zip = dir.resolve("run/export/arduino/Dartboard_tiny.zip").toAbsolutePath();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result(robot).endsWith(zip.toString()));
        assertTrue(Files.size(zip) > 0);
        new dev.dartboard.export.blob.BlobReader().read(Files.readAllBytes(blob));   // a valid model blob, or this throws
        long size = Files.size(blob);   // the flash payload

        String missing = SimulatorControl.missingTools();
        Assumptions.assumeTrue(missing.isEmpty(), "skipped the simulator half: " + missing);
        idle(robot);
        robot.clickOn("#start-simulator");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#simulator-text").startsWith("Simulator running on "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.deploy().board().portProperty().get() != null
                && studio.deploy().board().portText(studio.deploy().board().portProperty().get()).endsWith("board simulator"));
        idle(robot);
        robot.clickOn("#read-info");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#board-info").startsWith("Nano33BLE-sim · firmware "));
        idle(robot);
        robot.clickOn("#flash");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#flash-outcome").isEmpty());
        String outcome = text(robot, "#flash-outcome");
        assertTrue(outcome.startsWith(String.format(java.util.Locale.ROOT, "Flashed %,d bytes (", size)), outcome);
        assertTrue(outcome.matches("Flashed [\\d,]+ bytes \\([\\d,]+ B/s.*\\) — verified by CRC and committed: slot [01] is the boot model\\."), outcome);
        String info = text(robot, "#board-info");
        assertTrue(info.lines().anyMatch(l -> l.startsWith("slot ") && l.contains(String.format(java.util.Locale.ROOT, "%,d B", size)) && l.endsWith("(boots)")), info);
        assertEquals(0.0, studio.deploy().board().progressProperty().get());

        // Stop simulator: the simulator and its socat end (issue 17 item 5: they used to outlive the studio)
        java.util.List<ProcessHandle> started = ProcessHandle.current().descendants().filter(p -> p.info().command()
                .map(c -> c.endsWith("/socat") || c.endsWith("/dartboard-sim")).orElse(false)).toList();
        assertEquals(2, started.size(), started.toString());
        idle(robot);
        robot.clickOn("#stop-simulator");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#simulator-text").equals("Simulator stopped"));
        for (ProcessHandle p : started) p.onExit().get(5, TimeUnit.SECONDS);
        assertTrue(started.stream().noneMatch(ProcessHandle::isAlive), started.toString());
    }

    /** Board buttons are disabled while a board task runs: wait for it before clicking. */
    private void idle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !studio.deploy().board().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String result(FxRobot robot) {
        return robot.lookup("#export-result").queryAs(javafx.scene.control.TextArea.class).getText();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
