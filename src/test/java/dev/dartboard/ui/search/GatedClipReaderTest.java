package dev.dartboard.ui.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.data.PreparedData;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Pause and Cancel while the real data step featurizes the bundled samples/ (before any search step). */
class GatedClipReaderTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final DataConfig CONFIG = new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 20, 0, 1000);
    @TempDir Path dir;
    private final AtomicInteger reads = new AtomicInteger();

    private DataPreparer preparer(Path cache, ClipReader reader) {
        return new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                reader, new FeatureCache(cache, new ObjectMapper(), 2));
    }

    private ClipReader counting(Runnable atFifth) {
        ClipReader wav = ClipReader.wav(new WavReader());
        return (file, rate) -> {
            if (reads.incrementAndGet() == 5) atFifth.run();
            return wav.read(file, rate);
        };
    }

    @Test
    void cancelAbortsTheFeatureCacheBuildAndLeavesNoFileBehind() throws Exception {
        PauseGate gate = new PauseGate();
        Path cache = dir.resolve("cache");
        DataPreparer p = preparer(cache, new GatedClipReader(counting(gate::cancel), gate));
        assertThrows(PauseGate.Stopped.class, () -> p.prepare(SAMPLES, CONFIG, List.of(), 5));
        try (var files = Files.list(cache)) {
            assertEquals(List.of(), files.toList(), "no partial cache entry and no temp file");
        }
    }

    @Test
    void aPausedBuildWaitsAndResumesToTheSameFeaturesAsAnUngatedOne() throws Exception {
        PauseGate gate = new PauseGate();
        DataPreparer gated = preparer(dir.resolve("gated"), new GatedClipReader(counting(gate::pause), gate));
        CompletableFuture<PreparedData> run = CompletableFuture.supplyAsync(() -> {
            try {
                return gated.prepare(SAMPLES, CONFIG, List.of(), 5);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (gate.waiting() < 1) {
            if (System.nanoTime() > end) throw new AssertionError("no read blocked on the paused gate");
            Thread.sleep(5);
        }
        Thread.sleep(200);   // a read that passed the gate just before the pause ends
        int before = reads.get();
        Thread.sleep(300);
        assertFalse(run.isDone());
        assertEquals(before, reads.get(), "no clip is read while paused");
        gate.resume();
        PreparedData resumed = run.get(60, TimeUnit.SECONDS);
        PreparedData plain = preparer(dir.resolve("plain"), ClipReader.wav(new WavReader())).prepare(SAMPLES, CONFIG, List.of(), 5);
        assertEquals(plain.table().rows(), resumed.table().rows());
        float[] a = new float[CONFIG.frames() * CONFIG.features()], b = new float[a.length];
        for (int r = 0; r < plain.table().rows(); r++) {
            plain.table().copyRow(r, a, 0);
            resumed.table().copyRow(r, b, 0);
            assertArrayEquals(a, b, "row " + r);
        }
    }
}
