package dev.dartboard.ui.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.QuantAsserts;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.Quantizer;
import dev.dartboard.quant.RunQuantizer;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.model.LabelSet;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.train.RunStore;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportModelTest {
    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final StatusModel status = new StatusModel();

    private final QuantModelStore store = new QuantModelStore(new ObjectMapper());

    private ExportModel model(int clips) {
        ObjectMapper mapper = new ObjectMapper();
        DataPreparer preparer = new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(mapper, LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE), ClipReader.wav(new WavReader()),
                new FeatureCache(Path.of("target", "test-feature-cache"), mapper, 2));
        RunQuantizer quantizer = new RunQuantizer(new Quantizer(new Calibrator(new FloatForward())), store, clips);
        return new ExportModel(workspace, new RunReader(new RunStore(mapper), mapper),
                new ModelExporter(preparer, quantizer, store), new DirectTaskExecutor(), status);
    }

    @Test
    void aRunShowsItsGenotypeLabelsAndMetrics() throws Exception {
        ExportModel m = model(10);
        m.openRun(TestRuns.write(dir.resolve("run")));
        RunSummary r = m.runProperty().get();
        assertEquals("4 labels: _silence_, _unknown_, yes, no", r.labelsText());
        assertEquals("epochs: 3\nvalAccuracy: 0.75", r.metricsText());
        assertEquals("tiny · mfcc-16k-w40-h20-m40-c10-l1000 · stem 8 ch 3×3/2 · dw-sep-3x3, max-pool-3x3", r.genotypeText());
        assertEquals("Not exported yet.", m.resultProperty().get());
        assertNull(m.tfliteProperty().get());
    }

    @Test
    void aFolderThatIsNoRunSaysWhichFileIsMissing() throws Exception {
        ExportModel m = model(10);
        m.openRun(Files.createDirectories(dir.resolve("empty")));
        assertEquals("Open run failed: empty is not a training run: it has no genotype.json", m.resultProperty().get());
        assertNull(m.runProperty().get());
    }

    @Test
    void exportsATfliteAndACLibraryCalibratedOnTheProjectsClips() throws Exception {
        Path run = dir.resolve("run");
        ExportModel m = model(40);
        m.openRun(TestRuns.write(run));
        m.exportTflite();
        assertEquals("Export .tflite failed: calibration needs the project's data: choose a data folder on the Data page first",
                m.resultProperty().get());
        workspace.update(p -> p.withDataFolder(SAMPLES.toString()));
        m.exportTflite();
        Path tflite = run.resolve("export/tiny.tflite");
        assertEquals(tflite, m.tfliteProperty().get(), m.resultProperty().get());
        byte[] bytes = Files.readAllBytes(tflite);
        assertArrayEquals("TFL3".getBytes(), java.util.Arrays.copyOfRange(bytes, 4, 8));
        assertEquals(".tflite written: " + tflite + " (" + bytes.length + " bytes, int8)", m.resultProperty().get());
        dev.dartboard.quant.QuantModel fromBlob = new dev.dartboard.export.blob.BlobReader()
                .read(Files.readAllBytes(dir.resolve("run/export/tiny.blob"))).model();
        assertEquals(List.of("_silence_", "_unknown_", "yes", "no"), fromBlob.labels(), "the blob is the exported run's model");
        assertTrue(store.has(run), "quantized as dartboard quantize does: model.int8.json saved in the run");
        QuantAsserts.sameModel(store.load(run), fromBlob);
        assertEquals(40, store.report(run).orElseThrow().get("calibrationRows").asInt(), "quant.json written");
        m.exportC();
        assertEquals("C library written: " + dir.resolve("run/export/c"), m.resultProperty().get());
        assertTrue(Files.isRegularFile(dir.resolve("run/export/c/kws.c")));
        assertTrue(List.of(status.messageProperty().get()).get(0).startsWith("Export C library"), status.messageProperty().get());
    }

    @Test
    void aRunThatWasQuantizedIsExportedFromItsInt8ModelWithoutData() throws Exception {
        Path run = TestRuns.write(dir.resolve("run"));
        QuantModel saved = new Quantizer(new Calibrator(new FloatForward())).quantize(new RunStore(new ObjectMapper()).model(run), calibrationRows());
        store.save(run, saved);
        ExportModel m = model(40);
        m.openRun(run);
        m.exportTflite();   // no data folder chosen: the saved int8 model is all it needs
        assertEquals(run.resolve("export/tiny.tflite"), m.tfliteProperty().get(), m.resultProperty().get());
        QuantAsserts.sameModel(saved, new BlobReader().read(Files.readAllBytes(run.resolve("export/tiny.blob"))).model());
        assertTrue(store.report(run).isEmpty(), "nothing was quantized again");
    }

    @Test
    void aRunWithOnlyAModelBlobIsExportedFromTheBlob() throws Exception {
        Path run = TestRuns.write(dir.resolve("run"));
        QuantModel saved = new Quantizer(new Calibrator(new FloatForward())).quantize(new RunStore(new ObjectMapper()).model(run), calibrationRows());
        Files.write(run.resolve(QuantModelStore.BLOB), new BlobWriter().write(saved));
        ExportModel m = model(40);
        m.openRun(run);
        m.exportC();
        assertEquals("C library written: " + run.resolve("export/c"), m.resultProperty().get());
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
