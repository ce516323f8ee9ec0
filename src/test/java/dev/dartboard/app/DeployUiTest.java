package dev.dartboard.app;

import dev.dartboard.ui.deploy.SimulatorControl;
import dev.dartboard.ui.deploy.TestRuns;
import dev.dartboard.ui.fx.FxTaskExecutor;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.device.DetectionRule;
import dev.dartboard.device.DeviceTestInputs;
import dev.dartboard.device.HostPipeline;
import dev.dartboard.device.OnDeviceTester;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.ui.deploy.DeviceTestModel;
import dev.dartboard.ui.deploy.MonitorModel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Deploy page headless: the current run's model card, exports (.tflite, Arduino ZIP) with full paths, the simulator, board info,
 * flash, the on-device test against Java, the live monitor against the host's mirror of the detection rule, Stop simulator.
 */
@ExtendWith(ApplicationExtension.class)
class DeployUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private final StudioUiTest.Dialogs dialogs = new StudioUiTest.Dialogs();

    @Start
    void start(Stage stage) {
        studio = StudioUiTest.studio(dir.resolve("recent.json"), dialogs);
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
        click(robot, "#export-tflite");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result(robot).startsWith(".tflite written"));
        Path blob = dir.resolve("run/export/model.blob").toAbsolutePath();
        // the confirmation holds the full paths, whole and selectable
        javafx.scene.control.TextArea shownResult = robot.lookup("#export-result").queryAs(javafx.scene.control.TextArea.class);
        assertTrue(shownResult.isWrapText() && !shownResult.isEditable());
        assertTrue(result(robot).contains(blob.toString()), result(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#card-accuracy").contains("· int8 "));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !studio.deploy().export().busyProperty().get());
        click(robot, "#export-arduino");
        Path zip = dir.resolve("run/export/arduino/Dartboard_tiny.zip").toAbsolutePath();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result(robot).endsWith(zip.toString()));
        assertTrue(Files.size(zip) > 0);
        new dev.dartboard.export.blob.BlobReader().read(Files.readAllBytes(blob));   // a valid model blob, or this throws
        long size = Files.size(blob);   // the flash payload

        String missing = SimulatorControl.missingTools();
        Assumptions.assumeTrue(missing.isEmpty(), "skipped the simulator half: " + missing);
        idle(robot);
        click(robot, "#start-simulator");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#simulator-text").startsWith("Simulator running on "));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.deploy().board().portProperty().get() != null
                && studio.deploy().board().portText(studio.deploy().board().portProperty().get()).endsWith("board simulator"));
        idle(robot);
        click(robot, "#read-info");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#board-info").startsWith("Nano33BLE-sim · firmware "));
        idle(robot);
        click(robot, "#flash");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#flash-outcome").isEmpty());
        String outcome = text(robot, "#flash-outcome");
        assertTrue(outcome.startsWith(String.format(java.util.Locale.ROOT, "Flashed %,d bytes (", size)), outcome);
        assertTrue(outcome.matches("Flashed [\\d,]+ bytes \\([\\d,]+ B/s.*\\) — verified by CRC and committed: slot [01] is the boot model\\."), outcome);
        String info = text(robot, "#board-info");
        assertTrue(info.lines().anyMatch(l -> l.startsWith("slot ") && l.contains(String.format(java.util.Locale.ROOT, "%,d B", size)) && l.endsWith("(boots)")), info);
        assertEquals(0.0, studio.deploy().board().progressProperty().get());

        // On-device test: the test split's clips as PCM through the simulator's front end and model, against Java
        QuantModel model = new BlobReader().read(Files.readAllBytes(blob)).model();
        java.util.List<OnDeviceTester.Clip> clips = DeviceTestInputs.pcmFromData(StudioUiTest.SAMPLES, model, preparer(), Split.TEST, 12);
        HostPipeline host = new HostPipeline(model);
        java.util.Map<String, int[]> expected = new java.util.TreeMap<>();   // label → {clips, right}
        for (OnDeviceTester.Clip c : clips) {
            int[] e = expected.computeIfAbsent(model.labels().get(c.label()), k -> new int[2]);
            e[0]++;
            e[1] += Int8Interpreter.argmax(host.scores(c.pcm())) == c.label() ? 1 : 0;
        }
        idle(robot);
        robot.interact(() -> studio.deploy().test().clipsProperty().set(12));
        click(robot, "#test-on-board");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !studio.deploy().test().busyProperty().get() && !studio.deploy().test().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String summary = text(robot, "#device-test-summary");
        assertTrue(summary.startsWith(clips.size() + " clips: board ") && summary.contains("board and Java agree on " + clips.size() + " of " + clips.size()
                + " (identical scores on " + clips.size() + ")") && summary.contains(" ms per inference round trip"), summary);
        java.util.Map<String, int[]> shownRows = new java.util.TreeMap<>();
        for (DeviceTestModel.ClassRow r : studio.deploy().test().rows()) {
            shownRows.put(r.label(), new int[] {r.clips(), r.java()});
            assertEquals(r.java(), r.board(), "the simulator runs the same int8 model: " + r);
        }
        assertEquals(expected.keySet(), shownRows.keySet());
        expected.forEach((k, v) -> assertArrayEquals(v, shownRows.get(k), k));

        // Live monitor: the simulator's microphone plays the run's words; its detections are what the host's mirror
        // of the rule (HostPipeline.listen) predicts on the same audio, for the default rule and for one sent from the page
        short[] mic = micAudio();
        for (DetectionRule.Config rule : java.util.List.of(DetectionRule.Config.defaults(), new DetectionRule.Config(1, -128, 2, 300))) {
            robot.interact(() -> {
                MonitorModel m = studio.deploy().monitor();
                m.averageProperty().set(rule.average());
                m.thresholdProperty().set(rule.threshold());
                m.everyFramesProperty().set(rule.everyFrames());
                m.refractoryMsProperty().set((int) rule.refractoryMs());
            });
            WaitForAsyncUtils.waitForFxEvents();
            click(robot, "#monitor-start");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> studio.deploy().monitor().log().stream().anyMatch(l -> l.contains("mic: end of audio"))).get());
            WaitForAsyncUtils.waitForFxEvents();
            java.util.List<String> want = host.listen(mic, rule).stream()
                    .map(d -> String.format(java.util.Locale.ROOT, "%.3f %s %d", d.timeMs() / 1000.0, d.name(), d.score())).toList();
            java.util.List<String> got = studio.deploy().monitor().heard().stream()
                    .map(h -> String.format(java.util.Locale.ROOT, "%.3f %s %d", h.seconds(), h.label(), h.score())).toList();
            assertEquals(want, got, "rule " + rule);
            assertTrue(text(robot, "#monitor-state").contains(String.format(java.util.Locale.ROOT, "rule sent: average %d, threshold %d", rule.average(), rule.threshold())),
                    text(robot, "#monitor-state"));
            assertEquals(got.size(), robot.lookup("#monitor-timeline .chart-symbol").queryAll().size(), "one timeline point per detection");
            click(robot, "#monitor-stop");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !studio.deploy().monitor().runningProperty().get());
        }

        // Stop simulator: the simulator and its socat end (issue 17 item 5: they used to outlive the studio)
        java.util.List<ProcessHandle> started = ProcessHandle.current().descendants().filter(p -> p.info().command()
                .map(c -> c.endsWith("/socat") || c.endsWith("/dartboard-sim")).orElse(false)).toList();
        assertEquals(2, started.size(), started.toString());
        idle(robot);
        click(robot, "#stop-simulator");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#simulator-text").equals("Simulator stopped"));
        for (ProcessHandle p : started) p.onExit().get(5, TimeUnit.SECONDS);
        assertTrue(started.stream().noneMatch(ProcessHandle::isAlive), started.toString());
    }

    /** Scrolls the Deploy page to {@code id} and clicks it. */
    static void click(FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        robot.interact(() -> {
            javafx.scene.Parent p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) p = p.getParent();
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                double y = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
    }

    private static DataPreparer preparer() {
        ObjectMapper mapper = new ObjectMapper();
        return new DataPreparer(new DatasetScanner(new SpeakerSplit()), new LabelSetResolver(mapper, LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(Path.of("target", "test-feature-cache"), mapper, 2));
    }

    /** The simulator's microphone audio: its clips' 16-bit samples back to back, in name order (as sim_mic.c plays them). */
    static short[] micAudio() throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        java.util.List<Path> files;
        try (var list = Files.list(Path.of("target", "device-sim", "mic"))) {
            files = list.sorted().toList();
        }
        assertTrue(files.size() >= 2, files.toString());
        for (Path f : files) {
            try (var in = javax.sound.sampled.AudioSystem.getAudioInputStream(f.toFile())) {
                all.write(in.readAllBytes());
            }
        }
        java.nio.ShortBuffer b = java.nio.ByteBuffer.wrap(all.toByteArray()).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        short[] pcm = new short[b.remaining()];
        b.get(pcm);
        return pcm;
    }

    /** Board buttons are disabled while a board task runs: wait for it before clicking. */
    private void idle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.deploy().boardFreeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The export confirmation's text, read on the FX thread: a TextArea's text is built from paragraphs the FX thread replaces. */
    private static String result(FxRobot robot) throws Exception {
        javafx.scene.control.TextArea area = robot.lookup("#export-result").queryAs(javafx.scene.control.TextArea.class);
        return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) area::getText).get();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
