package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real data step on the bundled {@code samples/}: real WAVs, the real reader (with resampling to
 * 8 kHz), the real front end, the cache and ND4J batches. Every cached row must equal the front end
 * applied directly to the file.
 */
class SamplesPipelineTest {
    private static final Path SAMPLES = Path.of("samples");
    @TempDir Path cacheDir;

    private static DataPreparer preparer(Path cacheDir) {
        return new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(cacheDir, new ObjectMapper(), 2));
    }

    @Test
    void cachedRowsEqualTheFrontEndOnTheFile() throws IOException {
        DataConfig cfg = new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 20, 0, 1000);
        PreparedData data = preparer(cacheDir).prepare(SAMPLES, cfg, List.of(), 5);
        assertEquals(List.of("_silence_", "_unknown_", "yes", "no", "up", "down"), data.plan().labels().labels(),
                "targets come from samples/dartboard.json");
        assertEquals(cfg.frames(), data.table().frames());
        assertEquals(cfg.features(), data.table().features());
        FeatureExtractor fe = new FeatureExtractor(cfg);
        float[] expected = new float[cfg.frames() * cfg.features()];
        float[] cached = new float[expected.length];
        int checked = 0;
        for (Example e : data.plan().of(Split.TRAIN)) {
            if (e.source().isSlice()) continue;
            float[] pcm = new WavReader().read(SAMPLES.resolve(e.source().path()), 8000).clip()
                    .fitTo(cfg.clipSamples()).samples();
            fe.extract(pcm, expected);
            data.table().copyRow(data.table().rowOf(e.source()), cached, 0);
            assertArrayEquals(expected, cached, 0f, e.source().path());
            if (++checked == 20) break;
        }
        assertEquals(20, checked);
    }

    @Test
    void everyTrainingExampleIsBatchedOncePerEpochAndTheCacheIsReused() throws IOException {
        DataConfig cfg = DataConfig.defaults();
        PreparedData data = preparer(cacheDir).prepare(SAMPLES, cfg, List.of("yes", "no"), 3);
        Set<Integer> rows = new HashSet<>();
        int n = 0;
        BatchIterator it = data.batches(Split.TRAIN, BatchOptions.of(16, 1), 0);
        while (it.hasNext()) {
            Batch b = it.next();
            assertEquals(List.of((long) b.size(), (long) cfg.frames(), (long) cfg.features(), 1L),
                    java.util.Arrays.stream(b.features().shape()).boxed().toList());
            for (int r : b.rows()) rows.add(r);
            n += b.size();
        }
        assertEquals(data.plan().of(Split.TRAIN).size(), n);
        assertEquals(n, rows.size(), "no example twice in one epoch");
        long files;
        try (var s = Files.list(cacheDir)) { files = s.count(); }
        PreparedData again = preparer(cacheDir).prepare(SAMPLES, cfg, List.of("yes", "no"), 3);
        try (var s = Files.list(cacheDir)) { assertEquals(files, s.count(), "the second run adds no cache entry"); }
        assertEquals(data.table().rows(), again.table().rows());
        assertTrue(data.table().rows() >= 80, "80 target clips plus silence and unknown: " + data.table().rows());
    }
}
