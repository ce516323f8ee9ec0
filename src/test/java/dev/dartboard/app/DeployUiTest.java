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
        dialogs.folder = TestRuns.write(dir.resolve("run"));
        robot.interact(() -> studio.project().setDataFolder(StudioUiTest.SAMPLES));
        robot.clickOn("#nav-deploy").clickOn("#choose-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#run-labels").equals("4 labels: _silence_, _unknown_, yes, no"));
        robot.clickOn("#export-tflite");
        Path tflite = dir.resolve("run/export/tiny.tflite");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#export-result").startsWith(".tflite written"));
        Path blob = dir.resolve("run/export/tiny.blob");
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
