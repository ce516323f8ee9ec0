package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.device.Crc32;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPoint;
import dev.dartboard.train.RunStore;
import dev.dartboard.ui.deploy.SimulatorControl;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.results.PointRow;
import dev.dartboard.ui.results.RunFolders;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One whole flow through the real studio, headless: a copy of samples/ → a tiny search on the Search page →
 * the Results page opens that search's pareto.json → a fitting front point is picked in the point table, "Use this point" and
 * "Train" (1 epoch) → the Deploy page has the trained run (no folder dialog), exports it, starts the simulator and
 * flashes the blob, which then boots from a slot carrying the blob's CRC → the on-device test agrees with Java on
 * every clip → the live monitor shows the detections the host's mirror of the rule predicts.
 */
@ExtendWith(ApplicationExtension.class)
class WholeFlowUiTest {
    @TempDir static Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private final StudioUiTest.Dialogs dialogs = new StudioUiTest.Dialogs();
    private Studio studio;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioUiTest.studio(dir.resolve("recent.json"), dialogs);
        data = dir.resolve("data");
        try (var files = Files.walk(Path.of("samples"))) {
            for (Path p : files.toList()) Files.copy(p, data.resolve(Path.of("samples").relativize(p).toString()));
        }
        studio.openDataFolder(data);
        stage.setScene(studio.scene());
        stage.show();
    }

    @AfterEach
    void stopSimulator() throws InterruptedException { studio.close(); }

    @Test
    void searchPickTrainAndFlashTheTrainedModel(FxRobot robot) throws Exception {
        // Search: a real tiny search on the copied samples.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {   // FX thread: the page follows these settings
            studio.search().settings().epochsProperty().set(1);
            studio.search().settings().configsProperty().set(2);
            studio.search().settings().batchProperty().set(16);
        });
        robot.clickOn("#start-search");
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> studio.search().resultProperty().get() != null);
        Path run = studio.search().resultProperty().get().run();
        assertTrue(Files.isRegularFile(run.resolve(ParetoJson.FILE)), run + " has no pareto.json");
        ParetoFront written = new ParetoJson(mapper).read(run.resolve(ParetoJson.FILE));

        // Results: the page opens that run's front on its own; pick a fitting front point.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.results().snapshotProperty().get() != null
                && studio.results().snapshotProperty().get().run().equals(run));
        robot.clickOn("#nav-results");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(written, studio.results().snapshotProperty().get().front(), "the page shows the pareto.json the search wrote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#point-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(3);
        // real fronts can draw points on top of each other (same SRAM), so the point is picked in the point table
        ParetoPoint found = written.frontPoints().stream().filter(ParetoPoint::fits).findFirst().orElse(null);
        assertTrue(found != null, "no fitting front point: " + written);
        clickRow(robot, found.id());
        assertEquals(found.id(), studio.results().selectedProperty().get().id());
        ParetoPoint pick = found;
        assertTrue(text(robot, "#point-title").startsWith("Point " + pick.id() + " · "), text(robot, "#point-title"));

        DeployUiTest.click(robot, "#use-point");   // the buttons sit above the table the row was clicked in
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#results-message").startsWith("genotype.json now holds point " + pick.id()));
        assertEquals(pick.genotype(), new RunStore(mapper).genotype(run));

        Spinner<?> epochs = robot.lookup("#train-epochs").queryAs(Spinner.class);
        robot.interact(() -> { epochs.getEditor().setText("1"); epochs.commitValue(); });
        assertEquals(1, studio.results().training().epochsProperty().get());
        studio.results().training().batchProperty().set(16);
        DeployUiTest.click(robot, "#train-point");
        Path trained = RunFolders.trainedRun(run, pick.id());
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> !studio.results().training().runningProperty().get()
                && studio.results().training().messageProperty().get().contains("split →"));
        Map<?, ?> metrics = mapper.readValue(trained.resolve(RunStore.METRICS).toFile(), Map.class);
        double accuracy = ((Number) metrics.get("accuracy")).doubleValue();
        assertTrue(accuracy >= 0 && accuracy <= 1, metrics.toString());
        assertEquals(pick.genotype(), new RunStore(mapper).genotype(trained));
        assertTrue(text(robot, "#train-message").startsWith(String.format(Locale.ROOT, "Train point %d: %.1f%% on the ",
                pick.id(), 100 * accuracy)), text(robot, "#train-message"));

        // Deploy: the page has the run just trained (no folder dialog); export its .tflite and blob, flash the blob to the simulator.
        robot.clickOn("#nav-deploy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.deploy().export().runProperty().get() != null
                && studio.deploy().export().runProperty().get().folder().equals(trained));
        DeployUiTest.click(robot, "#export-tflite");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> robot.lookup("#export-result").queryAs(javafx.scene.control.TextArea.class)
                .getText().startsWith(".tflite written"));
        Path blob = dev.dartboard.ui.deploy.ModelExporter.blobOf(studio.deploy().export().tfliteProperty().get());
        byte[] bytes = Files.readAllBytes(blob);
        new BlobReader().read(bytes);   // a valid model blob, or this throws

        String missing = SimulatorControl.missingTools();
        Assumptions.assumeTrue(missing.isEmpty(), "skipped the simulator half: " + missing);
        idle(robot);
        DeployUiTest.click(robot, "#start-simulator");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#simulator-text").startsWith("Simulator running on "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.deploy().board().portProperty().get() != null
                && studio.deploy().board().portText(studio.deploy().board().portProperty().get()).endsWith("board simulator"));
        idle(robot);
        DeployUiTest.click(robot, "#flash");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#flash-outcome").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();   // the outcome and the board's info are set in one FX callback
        String outcome = text(robot, "#flash-outcome");
        assertTrue(outcome.startsWith(String.format(Locale.ROOT, "Flashed %,d bytes (", bytes.length))
                && outcome.endsWith("is the boot model."), outcome);
        String info = text(robot, "#board-info");
        String boot = String.format(Locale.ROOT, "%,d B, CRC %08x (boots)", bytes.length, Crc32.of(bytes));
        assertTrue(info.lines().anyMatch(l -> l.startsWith("slot ") && l.endsWith(boot)), "no boot slot ending " + boot + " in\n" + info);

        // On-device test: test clips streamed to the simulator; the board agrees with Java on every clip
        idle(robot);
        robot.interact(() -> studio.deploy().test().clipsProperty().set(8));
        DeployUiTest.click(robot, "#test-on-board");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !studio.deploy().test().busyProperty().get() && !studio.deploy().test().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String summary = text(robot, "#device-test-summary");
        int n = studio.deploy().test().rows().stream().mapToInt(dev.dartboard.ui.deploy.DeviceTestModel.ClassRow::clips).sum();
        assertTrue(summary.startsWith(n + " clips: ") && summary.contains("agree on " + n + " of " + n), summary);

        // Live monitor: the simulator's microphone plays the run's words at the model's sample rate (8 or 16 kHz: samples/' 16 kHz
        // clips resampled when the search picked an 8 kHz front end); a permissive rule sent from the page; the detections on the
        // timeline are the host mirror's (HostPipeline.listen) on the same audio
        dev.dartboard.device.DetectionRule.Config rule = new dev.dartboard.device.DetectionRule.Config(1, -128, 5, 500);
        robot.interact(() -> {
            var m = studio.deploy().monitor();
            m.averageProperty().set(rule.average());
            m.thresholdProperty().set(rule.threshold());
            m.everyFramesProperty().set(rule.everyFrames());
            m.refractoryMsProperty().set((int) rule.refractoryMs());
        });
        idle(robot);
        DeployUiTest.click(robot, "#monitor-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> studio.deploy().monitor().log().stream().anyMatch(l -> l.contains("mic: end of audio"))).get());
        WaitForAsyncUtils.waitForFxEvents();
        var model = new BlobReader().read(bytes).model();
        java.util.List<String> want = new dev.dartboard.device.HostPipeline(model).listen(DeployUiTest.micAudio(), rule).stream()
                .map(d -> String.format(Locale.ROOT, "%.3f %s %d", d.timeMs() / 1000.0, d.name(), d.score())).toList();
        java.util.List<String> got = studio.deploy().monitor().heard().stream()
                .map(h -> String.format(Locale.ROOT, "%.3f %s %d", h.seconds(), h.label(), h.score())).toList();
        assertEquals(want, got);
        assertEquals(got.size(), robot.lookup("#monitor-timeline .chart-symbol")
                .match(s -> !s.getStyleClass().contains("chart-legend-item-symbol")).queryAll().size(), "one timeline point per detection (the legend's symbols aside)");
        DeployUiTest.click(robot, "#monitor-stop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !studio.deploy().monitor().runningProperty().get());
    }

    /** Board buttons are disabled while a board task runs: wait for it before clicking. */
    private void idle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.deploy().boardFreeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    /** Scrolls the Results page and its point table to point {@code id}'s row and clicks it. */
    @SuppressWarnings("unchecked")
    private static void clickRow(FxRobot robot, int id) {
        TableView<PointRow> table = robot.lookup("#point-table").queryAs(TableView.class);
        ScrollPane page = (ScrollPane) robot.lookup(".scroll-pane").match(n -> ((ScrollPane) n).getContent() != null
                && ((ScrollPane) n).getContent().getId() != null && ((ScrollPane) n).getContent().getId().equals("results-page")).query();
        PointRow row = table.getItems().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        robot.interact(() -> {
            page.setVvalue(page.getVmax());
            table.scrollTo(row);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        Node cell = robot.lookup("#point-table .table-row-cell").match(n -> ((TableRow<PointRow>) n).getItem() != null
                && ((TableRow<PointRow>) n).getItem().id() == id).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
