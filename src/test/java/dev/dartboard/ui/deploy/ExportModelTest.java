package dev.dartboard.ui.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.QuantAsserts;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.Quantizer;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.flow.DataStep;
import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.flow.Flows;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.train.RunStore;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ExportModelTest {
    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final StatusModel status = new StatusModel();

    private final QuantModelStore store = new QuantModelStore(new ObjectMapper());

    /** The page's export model as the studio wires it: over the export flow, with the tests' feature cache. */
    public static ExportModel model(Workspace workspace, StatusModel status) {
        ObjectMapper mapper = new ObjectMapper();
        Flows flows = new Flows(new DataStep(Path.of("target", "test-feature-cache"), mapper), mapper, System::nanoTime);
        BoardProfiles boards = new BoardProfiles();
        return new ExportModel(workspace, new RunReader(new RunStore(mapper), mapper), new ModelCardReader(mapper),
                new ModelExporter(flows.export()), boards::load, new DirectTaskExecutor(), status);
    }

    private ExportModel model() { return model(workspace, status); }

    @Test
    void aRunShowsItsModelCardInWords() throws Exception {
        ExportModel m = model();
        Path run = TestRuns.write(dir.resolve("run"));
        // 20 test clips, 18 right: 90.0%
        new RunStore(new ObjectMapper()).saveMetrics(run, Map.of("accuracy", 0.9, "split", "test",
                "labels", List.of("_silence_", "_unknown_", "yes", "no"),
                "confusion", List.of(List.of(5, 0, 0, 0), List.of(1, 3, 0, 0), List.of(0, 0, 4, 1), List.of(0, 0, 0, 6))));
        m.openRun(run);
        RunSummary r = m.runProperty().get();
        assertEquals("4 labels: _silence_, _unknown_, yes, no", r.labelsText());
        ModelCard c = m.cardProperty().get();
        assertEquals("tiny · 4 labels: _silence_, _unknown_, yes, no", c.title());
        // DataConfig.defaults(): 16 kHz MFCC, 40 ms / 20 ms, 40 mels, 10 coefficients, 1 s → 1 + (16000 − 640) / 320 = 49 frames
        assertEquals("MFCC: 10 coefficients of 40 mel bands · 40 ms windows every 20 ms · 1 s clips at 16 kHz → 49 frames × 10 features", c.frontEnd());
        // input, stem, the two layers, pool, classifier
        assertEquals(List.of("input", "stem conv 3×3", "dw-sep-3x3", "max-pool-3x3", "global average pool", "fully connected"),
                c.layers().stream().map(dev.dartboard.ui.results.LayerBox::title).toList());
        Costs costs = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()).of(new RunStore(new ObjectMapper()).model(run));
        assertEquals(new ModelCard.SizeRow("Flash", String.format(Locale.ROOT, "%.1f KB", costs.flashBytes() / 1024.0), "—", "256.0 KB"), c.sizes().get(0));
        assertEquals(new ModelCard.SizeRow("SRAM", String.format(Locale.ROOT, "%.1f KB", costs.sramBytes() / 1024.0), "—", "64.0 KB"), c.sizes().get(1));
        assertEquals("Float 90.0% on the test split · int8: not quantized yet (an export quantizes it)", c.accuracy());
        assertArrayEquals(new int[] {0, 0, 4, 1}, c.floatMatrix().confusion()[2]);
        assertNull(c.int8Matrix());
        assertEquals("Not exported yet.", m.resultProperty().get());
        assertNull(m.tfliteProperty().get());
    }

    @Test
    void aFolderThatIsNoRunSaysWhichFileIsMissing() throws Exception {
        ExportModel m = model();
        m.openRun(Files.createDirectories(dir.resolve("empty")));
        assertEquals("Open run failed: empty is not a training run: it has no genotype.json", m.resultProperty().get());
        assertNull(m.runProperty().get());
    }

    @Test
    void exportsATfliteAndACLibraryCalibratedOnTheProjectsClips() throws Exception {
        Path run = dir.resolve("run");
        ExportModel m = model();
        m.openRun(TestRuns.write(run));
        m.exportTflite();
        assertEquals("Export .tflite failed: calibration needs the project's data: choose a data folder on the Data page first",
                m.resultProperty().get());
        workspace.update(p -> p.withDataFolder(SAMPLES.toString()));
        m.exportTflite();
        Path tflite = run.resolve("export/model.tflite").toAbsolutePath();
        assertEquals(tflite, m.tfliteProperty().get(), m.resultProperty().get());
        byte[] bytes = Files.readAllBytes(tflite);
        assertArrayEquals("TFL3".getBytes(), java.util.Arrays.copyOfRange(bytes, 4, 8));
        Path blob = run.resolve("export/model.blob").toAbsolutePath();
        assertEquals(String.format(Locale.ROOT, ".tflite written (int8, %,d bytes): %s%nModel blob for the board (%,d bytes): %s",
                bytes.length, tflite, Files.size(blob), blob).replace(System.lineSeparator(), "\n"), m.resultProperty().get());
        dev.dartboard.quant.QuantModel fromBlob = new dev.dartboard.export.blob.BlobReader()
                .read(Files.readAllBytes(blob)).model();
        assertEquals(List.of("_silence_", "_unknown_", "yes", "no"), fromBlob.labels(), "the blob is the exported run's model");
        assertTrue(store.has(run), "quantized as dartboard quantize does: model.int8.json saved in the run");
        QuantAsserts.sameModel(store.load(run), fromBlob);
        var report = store.report(run).orElseThrow();
        int rows = report.get("calibrationRows").asInt();   // the flow's calibration: at most FlowDefaults' clips, fewer when samples/ has fewer
        assertTrue(rows > 0 && rows <= FlowDefaults.CALIBRATION_CLIPS, "quant.json written: " + rows);
        // the card now has the int8 side (quant.json) and, with arm-none-eabi-gcc, the built sizes (export/model_card.json)
        ModelCard card = m.cardProperty().get();
        assertEquals(String.format(Locale.ROOT, "Float %.1f%% · int8 %.1f%% (%+.1f points) on the %s split, %d clips · int8 and float agree on %.1f%%",
                100 * report.get("floatAccuracy").asDouble(), 100 * report.get("int8Accuracy").asDouble(), report.get("deltaPoints").asDouble(),
                report.get("split").asText(), report.get("n").asInt(), 100 * report.get("argmaxAgreement").asDouble()), card.accuracy());
        assertEquals(report.get("int8").get("confusion").get(0).get(0).asInt(), card.int8Matrix().confusion()[0][0]);
        var measured = new ObjectMapper().readTree(run.resolve("export/model_card.json").toFile()).get("measured");
        if (measured != null && !measured.isNull())
            assertEquals(String.format(Locale.ROOT, "%.1f KB", measured.get("flashBytes").asLong() / 1024.0), card.sizes().get(0).built());
        m.exportC();
        assertEquals("C library written: " + run.resolve("export/c").toAbsolutePath(), m.resultProperty().get());
        assertTrue(Files.isRegularFile(dir.resolve("run/export/c/kws.c")));
        assertTrue(List.of(status.messageProperty().get()).get(0).startsWith("Export C library"), status.messageProperty().get());
        m.exportArduino();
        Path zip = run.resolve("export/arduino/Dartboard_tiny.zip").toAbsolutePath();
        assertEquals("Arduino library folder: " + run.resolve("export/arduino/Dartboard_tiny").toAbsolutePath()
                + "\nArduino library ZIP (Sketch → Include Library → Add .ZIP Library…): " + zip, m.resultProperty().get());
        assertTrue(Files.size(zip) > 0);
    }

    @Test
    void aRunThatWasQuantizedIsExportedFromItsInt8ModelWithoutData() throws Exception {
        Path run = TestRuns.write(dir.resolve("run"));
        QuantModel saved = new Quantizer(new Calibrator(new FloatForward())).quantize(new RunStore(new ObjectMapper()).model(run), calibrationRows());
        store.save(run, saved);
        ExportModel m = model();
        m.openRun(run);
        m.exportTflite();   // no data folder chosen: the saved int8 model is all it needs
        assertEquals(run.resolve("export/model.tflite").toAbsolutePath(), m.tfliteProperty().get(), m.resultProperty().get());
        QuantAsserts.sameModel(saved, new BlobReader().read(Files.readAllBytes(run.resolve("export/model.blob"))).model());
        assertTrue(store.report(run).isEmpty(), "nothing was quantized again");
    }

    @Test
    void aRunWithOnlyAModelBlobIsExportedFromTheBlob() throws Exception {
        Path run = TestRuns.write(dir.resolve("run"));
        QuantModel saved = new Quantizer(new Calibrator(new FloatForward())).quantize(new RunStore(new ObjectMapper()).model(run), calibrationRows());
        Files.write(run.resolve(QuantModelStore.BLOB), new BlobWriter().write(saved));
        ExportModel m = model();
        m.openRun(run);
        m.exportC();
        assertEquals("C library written: " + run.resolve("export/c").toAbsolutePath(), m.resultProperty().get());
        assertTrue(Files.isRegularFile(run.resolve("export/c/kws.c")));
        Files.write(run.resolve(QuantModelStore.BLOB), new byte[] {1, 2, 3});
        m.exportC();
        assertTrue(m.resultProperty().get().startsWith("Export C library failed: " + run.resolve(QuantModelStore.BLOB) + ": not a valid model blob"),
                m.resultProperty().get());
    }

    /** Deterministic stand-in features: enough to give every activation a range. */
    private static List<float[]> calibrationRows() {
        java.util.Random r = new java.util.Random(3);
        List<float[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            float[] x = new float[dev.dartboard.model.DataConfig.defaults().frames() * dev.dartboard.model.DataConfig.defaults().features()];
            for (int k = 0; k < x.length; k++) x[k] = (float) (r.nextGaussian() * 10);
            rows.add(x);
        }
        return rows;
    }
}
