package dev.dartboard.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.FeatureFunction;
import dev.dartboard.data.FeatureShape;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.data.PreparedData;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training on features with NaN stops at the first non-finite loss (before: "loss NaN" every epoch and a NaN model). */
class NonFiniteTrainingTest {
    @TempDir Path cache;
    @TempDir Path root;

    /** A few clips of samples/ (two words, six speakers each) and its noise: a data set that prepares in a second. */
    private Path smallDataSet() throws java.io.IOException {
        for (String dir : List.of("yes", "no", "_background_noise_"))
            try (var files = java.nio.file.Files.list(SamplesData.SAMPLES.resolve(dir))) {
                java.nio.file.Files.createDirectories(root.resolve(dir));
                for (Path f : files.sorted().limit(dir.startsWith("_") ? 1 : 6).toList())
                    java.nio.file.Files.copy(f, root.resolve(dir).resolve(f.getFileName()));
            }
        return root;
    }

    @Test
    void aNaNFeatureStopsTrainingAtTheFirstStepWithAClearMessage() throws Exception {
        DataConfig config = DataConfig.defaults();
        DataPreparer preparer = new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(cache, new ObjectMapper(), 2));
        PreparedData data = preparer.prepare(smallDataSet(), FeatureShape.of(config), config.sampleRate(), config.clipSamples(),
                List.of(), 1, () -> {
                    FeatureFunction real = FeatureFunction.of(config);
                    return new FeatureFunction() { // the real front end, with one value of every clip NaN
                        @Override public int length() { return real.length(); }

                        @Override public void compute(float[] samples, float[] out) {
                            real.compute(samples, out);
                            out[37] = Float.NaN;
                        }
                    };
                });
        List<EpochStats> epochs = new java.util.ArrayList<>();
        TrainConfig cfg = TrainConfig.defaults(3, 1).withBatch(16);
        NonFiniteLossException e = assertThrows(NonFiniteLossException.class,
                () -> new Trainer(cfg, epochs::add).train(TrainerTest.tiny(), data));
        assertEquals(0, e.epoch());
        assertEquals(0, e.step());
        assertTrue(epochs.isEmpty(), "no epoch was reported");
        assertTrue(e.getMessage().startsWith("training stopped: the loss became NaN at epoch 0, step 0"), e.getMessage());
    }
}
