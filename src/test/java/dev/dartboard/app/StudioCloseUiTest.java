package dev.dartboard.app;

import dev.dartboard.ui.deploy.SimulatorControl;
import dev.dartboard.ui.deploy.TestRuns;
import dev.dartboard.ui.fx.FxTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closing the studio's window stops everything it started: the live monitor's port reader, the simulator and its socat. */
@ExtendWith(ApplicationExtension.class)
class StudioCloseUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private Stage stage;
    private final AtomicBoolean exited = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StudioSettings settings = StudioUiTest.settings(dir.resolve("recent.json"));
        FxTaskExecutor executor = new FxTaskExecutor(1);
        studio = new Studio(settings, executor, new StudioUiTest.Dialogs());
        stage.setScene(studio.scene());
        StudioWindow.stopOnClose(stage, studio, executor, () -> exited.set(true));   // the window's own close path, without Platform.exit
        stage.show();
    }

    @Test
    void closingTheWindowLeavesNoChildProcessAndNoMonitor(FxRobot robot) throws Exception {
        String missing = SimulatorControl.missingTools();
        Assumptions.assumeTrue(missing.isEmpty(), "needs the simulator: " + missing);
        Path run = TestRuns.write(dir.resolve("run"));
        robot.interact(() -> {
            studio.project().setDataFolder(StudioUiTest.SAMPLES);
            studio.deploy().currentRunProperty().set(run);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.deploy().export().runProperty().get() != null);
        robot.interact(() -> studio.deploy().startSimulator());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> studio.deploy().board().portProperty().get() != null
                && studio.deploy().board().portText(studio.deploy().board().portProperty().get()).endsWith("board simulator")
                && studio.deploy().boardFreeProperty().get());
        robot.interact(() -> studio.deploy().monitor().start());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.deploy().monitor().stateProperty().get().contains("rule sent"));
        List<ProcessHandle> started = ProcessHandle.current().descendants().filter(p -> p.info().command()
                .map(c -> c.endsWith("/socat") || c.endsWith("/dartboard-sim")).orElse(false)).toList();
        assertEquals(2, started.size(), started.toString());
        assertTrue(monitorThreads().size() == 1, "the monitor reads the port on its own thread");

        robot.interact(stage::close);

        assertTrue(exited.get(), "the close path ran");
        for (ProcessHandle p : started) p.onExit().get(5, TimeUnit.SECONDS);
        assertTrue(ProcessHandle.current().descendants().noneMatch(p -> p.info().command()
                .map(c -> c.endsWith("/socat") || c.endsWith("/dartboard-sim")).orElse(false)), "a child process outlived the window");
        assertTrue(monitorThreads().isEmpty(), "the monitor still holds the port after the window closed");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(studio.deploy().monitor().runningProperty().get());
    }

    private static List<Thread> monitorThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("board monitor") && t.isAlive()).toList();
    }
}
