package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole data step on a tiny GSC tree with the fake front end. */
class DataPreparerTest {
    @TempDir Path root;
    @TempDir Path cacheDir;

    @Test
    void scanPlanCacheAndBatchTogether() throws IOException {
        // train speakers ivan and 3c6ef362; 12 target clips (6 yes, 6 no), 4 "cat", 1 noise file.
        for (int n = 0; n < 3; n++)
            for (String spk : List.of("ivan", "3c6ef362")) {
                TestWavs.ramp(root.resolve("yes/" + spk + "_nohash_" + n + ".wav"), 1600);
                TestWavs.ramp(root.resolve("no/" + spk + "_nohash_" + n + ".wav"), 1600);
            }
        for (int n = 0; n < 4; n++) TestWavs.ramp(root.resolve("cat/ivan_nohash_" + n + ".wav"), 1600);
        TestWavs.ramp(root.resolve("_background_noise_/n.wav"), 4000);
        FakeFeatures fake = new FakeFeatures();
        DataPreparer preparer = new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(cacheDir, new ObjectMapper(), 2));
        PreparedData data = preparer.prepare(root, FakeFeatures.CONFIG, 16000, 1600, List.of("yes", "no"), 9, () -> fake);
        // two names: unknown share 1/3 (LabelSet.unknownShareFor), silence 1/12 → 12 / (1 − 1/12 − 1/3) = 20.57
        // examples → round(1.71) = 2 silence, round(6.86) = 7 unknown, capped at the 4 "cat" clips.
        assertEquals(18, data.plan().of(Split.TRAIN).size());
        assertEquals(18, data.table().rows());
        assertEquals(18, fake.computed.get());
        List<Integer> labels = new ArrayList<>();
        BatchIterator it = data.batches(Split.TRAIN, BatchOptions.of(5, 1), 0);
        while (it.hasNext()) {
            Batch b = it.next();
            for (int i = 0; i < b.size(); i++) labels.add(b.labels().argMax(1).getInt(i));
        }
        labels.sort(null);
        assertEquals(List.of(0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3), labels);
        preparer.prepare(root, FakeFeatures.CONFIG, 16000, 1600, List.of("yes", "no"), 9, () -> fake);
        assertEquals(18, fake.computed.get(), "the second run reuses the cache");
    }
}
