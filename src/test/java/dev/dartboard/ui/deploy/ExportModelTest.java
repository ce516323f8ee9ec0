package dev.dartboard.ui.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.Quantizer;
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

    private ExportModel model(int clips) {
        DatasetScanner scanner = new DatasetScanner(new SpeakerSplit());
        CalibrationSet calibration = new CalibrationSet(scanner, ClipReader.wav(new WavReader()), clips);
        return new ExportModel(workspace, new RunReader(new RunStore(new ObjectMapper()), new ObjectMapper()),
                new ModelExporter(calibration, new Quantizer(new Calibrator(new FloatForward()))), new DirectTaskExecutor(), status);
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
        ExportModel m = model(40);
        m.openRun(TestRuns.write(dir.resolve("run")));
        m.exportTflite();
        assertEquals("Export .tflite failed: calibration needs the project's data: choose a data folder on the Data page first",
                m.resultProperty().get());
        workspace.update(p -> p.withDataFolder(SAMPLES.toString()));
        m.exportTflite();
        Path tflite = dir.resolve("run/export/tiny.tflite");
        assertEquals(tflite, m.tfliteProperty().get(), m.resultProperty().get());
        byte[] bytes = Files.readAllBytes(tflite);
        assertArrayEquals("TFL3".getBytes(), java.util.Arrays.copyOfRange(bytes, 4, 8));
        assertEquals(".tflite written: " + tflite + " (" + bytes.length + " bytes, int8)", m.resultProperty().get());
        dev.dartboard.quant.QuantModel fromBlob = new dev.dartboard.export.blob.BlobReader()
                .read(Files.readAllBytes(dir.resolve("run/export/tiny.blob"))).model();
        assertEquals(List.of("_silence_", "_unknown_", "yes", "no"), fromBlob.labels(), "the blob is the exported run's model");
        m.exportC();
        assertEquals("C library written: " + dir.resolve("run/export/c"), m.resultProperty().get());
        assertTrue(Files.isRegularFile(dir.resolve("run/export/c/kws.c")));
        assertTrue(List.of(status.messageProperty().get()).get(0).startsWith("Export C library"), status.messageProperty().get());
    }
}
