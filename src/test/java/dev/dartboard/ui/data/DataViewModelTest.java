package dev.dartboard.ui.data;

import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DatasetChecker;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataViewModelTest {
    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final StatusModel status = new StatusModel();
    private final List<String> played = new ArrayList<>();
    private final DataViewModel data = newData();
    private final FrontEndForm form = new FrontEndForm(workspace);
    private final ClipViewModel clip = new ClipViewModel(data, form, new WavReader(),
            c -> played.add(c.samples().length + "@" + c.sampleRate()), new DirectTaskExecutor(), status);

    private DataViewModel newData() {
        DatasetScanner scanner = new DatasetScanner(new SpeakerSplit());
        return new DataViewModel(workspace, scanner, new DatasetChecker(scanner, ClipReader.wav(new WavReader()), 16000, 1),
                new DirectTaskExecutor(), status);
    }

    @Test
    void samplesShowTheFourTargetsWithTheirSplitsAndTheFirstClipDrawn() {
        data.open(SAMPLES);
        assertEquals(SAMPLES.toString(), workspace.project().dataFolder());
        assertEquals(new LabelRow("yes", 25, 9, 6, 40), row("yes"));
        assertEquals(new LabelRow("no", 32, 2, 6, 40), row("no"));
        assertEquals(new LabelRow("up", 33, 3, 4, 40), row("up"));
        assertEquals(new LabelRow("down", 32, 4, 4, 40), row("down"));
        assertEquals(232, data.clips().size());
        assertEquals("232 clips in 10 labels, 0 rejected, 5 noise files", data.summaryProperty().get());
        ClipPicture p = clip.pictureProperty().get();
        assertNotNull(p);
        assertEquals(49, p.features().length);
        assertEquals(10, p.features()[0].length);
    }

    @Test
    void editingTheFrontEndRecomputesTheFeaturesAndUpdatesTheProject() {
        data.open(SAMPLES);
        form.typeProperty().set(FeatureType.LOG_MEL);
        form.sampleRateProperty().set("8000");
        form.melBinsProperty().set("20");
        ClipPicture p = clip.pictureProperty().get();
        assertEquals(new DataConfig(8000, FeatureType.LOG_MEL, 40, 20, 20, 10, 1000), p.config());
        assertEquals(8000, p.clip().sampleRate());
        assertEquals(49, p.features().length);
        assertEquals(20, p.features()[0].length);
        assertEquals(p.config(), workspace.project().dataConfig());
    }

    @Test
    void invalidFieldsGiveAMessageAndKeepTheLastValidFrontEnd() {
        DataConfig before = form.configProperty().get();
        form.coeffsProperty().set("60");
        assertEquals("MFCC coefficients must be in 1..40: 60", form.validationProperty().get());
        form.hopMsProperty().set("ten");
        assertEquals("hop must be a number of milliseconds: 'ten'", form.validationProperty().get());
        assertEquals(before, form.configProperty().get());
        assertEquals(before, workspace.project().dataConfig());
        form.hopMsProperty().set("10");
        form.coeffsProperty().set("13");
        assertEquals("", form.validationProperty().get());
        assertEquals(13, workspace.project().dataConfig().coeffs());
    }

    @Test
    void rejectedFilesAreListedWithTheirReason() throws Exception {
        Files.createDirectories(dir.resolve("go"));
        Files.copy(SAMPLES.resolve("yes").resolve(firstWav("yes")), dir.resolve("go/a_nohash_0.wav"));
        Files.writeString(dir.resolve("go/b_nohash_0.wav"), "not a wav at all");
        data.open(dir);
        assertEquals(1, data.rejected().size());
        assertEquals("go/b_nohash_0.wav", data.rejected().get(0).file());
        assertTrue(data.rejected().get(0).reason().length() > 5, data.rejected().get(0).reason());
        assertEquals(1, data.labels().get(0).total());
    }

    @Test
    void playHandsTheShownClipToThePlayerAndReportsFailuresReadably() {
        data.open(SAMPLES);
        clip.play();
        assertEquals(List.of("16000@16000"), played);
        ClipViewModel broken = new ClipViewModel(data, form, new WavReader(),
                c -> { throw new Exception("no audio output to play on (no device)"); }, new DirectTaskExecutor(), status);
        broken.redraw();
        broken.play();
        assertEquals("Cannot play: no audio output to play on (no device)", broken.playbackProperty().get());
    }

    private LabelRow row(String label) {
        return data.labels().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static String firstWav(String word) throws Exception {
        try (var files = Files.list(SAMPLES.resolve(word))) {
            return files.map(f -> f.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
