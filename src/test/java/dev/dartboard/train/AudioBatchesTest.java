package dev.dartboard.train;

import dev.dartboard.audio.WavReader;
import dev.dartboard.data.Batch;
import dev.dartboard.data.BatchOptions;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.Dataset;
import dev.dartboard.data.PreparedData;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.tts.NoiseGenerator;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Re-featurized training batches against the cached path on samples/. */
class AudioBatchesTest {
    static final ClipReader READER = ClipReader.wav(new WavReader());
    static final BatchOptions OPTIONS = BatchOptions.of(8, 4);

    private static AudioBatches batches(Augment mode, long seed) throws IOException {
        PreparedData data = SamplesData.get();
        DataConfig dc = DataConfig.defaults();
        return new AudioBatches(data, OPTIONS, dc, READER,
                new WaveAugmentation(seed, mode, Backgrounds.of(data.dataset(), READER, dc.sampleRate(), seed)));
    }

    private static List<Batch> all(Iterator<Batch> it) {
        List<Batch> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void withoutAugmentationTheWaveformPathReproducesTheCachedBatches() throws IOException {
        List<Batch> cached = all(SamplesData.get().batches(Split.TRAIN, OPTIONS, 2));
        List<Batch> audio = all(batches(Augment.NONE, 4).epoch(2));
        assertEquals(cached.size(), audio.size());
        for (int i = 0; i < cached.size(); i++) {
            assertArrayEquals(cached.get(i).features().shape(), audio.get(i).features().shape(), "batch " + i);
            assertArrayEquals(cached.get(i).rows(), audio.get(i).rows());
            assertEquals(cached.get(i).labels(), audio.get(i).labels());
            assertArrayEquals(cached.get(i).features().data().asFloat(), audio.get(i).features().data().asFloat(), 1e-5f, "batch " + i);
        }
    }

    @Test
    void audioAugmentationKeepsShapesRowsAndLabelsAndIsReproducible() throws IOException {
        List<Batch> cached = all(SamplesData.get().batches(Split.TRAIN, OPTIONS, 1));
        List<Batch> a = all(batches(Augment.AUDIO, 4).epoch(1)), b = all(batches(Augment.AUDIO, 4).epoch(1));
        List<Batch> other = all(batches(Augment.AUDIO, 4).epoch(0));
        assertEquals(cached.size(), a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(cached.get(i).features().shape(), a.get(i).features().shape());
            assertArrayEquals(cached.get(i).rows(), a.get(i).rows());
            assertEquals(cached.get(i).labels(), a.get(i).labels());
            assertArrayEquals(a.get(i).features().data().asFloat(), b.get(i).features().data().asFloat(), 0f, "same seed, same epoch");
            assertFalse(java.util.Arrays.equals(cached.get(i).features().data().asFloat(), a.get(i).features().data().asFloat()), "augmented");
        }
        assertFalse(java.util.Arrays.equals(a.get(0).features().data().asFloat(), other.get(0).features().data().asFloat()), "epochs differ");
    }

    @Test
    void aDataSetWithoutNoiseFilesGetsTheGeneratedNoises() throws IOException {
        Dataset bare = new Dataset(Path.of("/nonexistent"), List.of(), List.of(), List.of());
        List<PcmClip> clips = Backgrounds.of(bare, READER, 8000, 9);
        assertEquals(NoiseGenerator.Kind.values().length, clips.size());
        for (NoiseGenerator.Kind k : NoiseGenerator.Kind.values()) {
            assertEquals(8000, clips.get(k.ordinal()).sampleRate());
            assertArrayEquals(new NoiseGenerator().generate(k, 8000, Backgrounds.GENERATED_SECONDS, 9 + k.ordinal()),
                    clips.get(k.ordinal()).samples(), 0f);
        }
        assertEquals(5, Backgrounds.of(SamplesData.get().dataset(), READER, 16000, 9).size(), "samples/ has five noise files");
    }
}
