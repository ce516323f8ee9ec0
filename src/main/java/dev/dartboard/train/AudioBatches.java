package dev.dartboard.train;

import dev.dartboard.data.Batch;
import dev.dartboard.data.BatchIterator;
import dev.dartboard.data.BatchOptions;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.FeatureFunction;
import dev.dartboard.data.PreparedData;
import dev.dartboard.data.Source;
import dev.dartboard.data.WavSampleSource;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Split;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Training batches re-featurized from augmented waveforms: the cached path's batches (same order, rows and
 * labels) whose features are replaced by the front end of the waveform after {@link WaveAugmentation}, draw
 * number = epoch × table rows + row. Waveforms are kept in memory when they fit in {@value #CACHE_BYTES} bytes,
 * else read again each epoch. Not thread-safe (one front end instance).
 */
final class AudioBatches implements TrainBatches {
    static final long CACHE_BYTES = 256L << 20;
    private final PreparedData data;
    private final BatchOptions options;
    private final int rate;
    private final WavSampleSource samples;
    private final WaveAugmentation augmentation;
    private final FeatureFunction frontEnd;
    private final Source[] sources;
    private final float[][] waves;

    AudioBatches(PreparedData data, BatchOptions options, DataConfig dc, ClipReader reader, WaveAugmentation augmentation) {
        this.data = data;
        this.options = options;
        this.rate = dc.sampleRate();
        this.samples = new WavSampleSource(data.dataset().root(), reader, rate, dc.clipSamples());
        this.augmentation = augmentation;
        this.frontEnd = FeatureFunction.of(dc);
        Map<String, Source> byDescriptor = new HashMap<>();
        for (Source s : data.plan().sources()) byDescriptor.put(s.descriptor(), s);
        this.sources = data.table().index().rows().stream().map(byDescriptor::get).toArray(Source[]::new);
        boolean fits = (long) sources.length * dc.clipSamples() * Float.BYTES <= CACHE_BYTES;
        this.waves = fits ? new float[sources.length][] : null;
    }

    @Override
    public Iterator<Batch> epoch(int e) {
        BatchIterator it = data.batches(Split.TRAIN, options, e);
        return new Iterator<>() {
            @Override public boolean hasNext() { return it.hasNext(); }

            @Override public Batch next() { return featurize(it.next(), e); }
        };
    }

    private Batch featurize(Batch b, int epoch) {
        int len = frontEnd.length();
        float[] x = new float[b.size() * len], row = new float[len];
        for (int i = 0; i < b.size(); i++) {
            int r = b.rows()[i];
            frontEnd.compute(augmentation.apply(wave(r), rate, (long) epoch * sources.length + r), row);
            System.arraycopy(row, 0, x, i * len, len);
        }
        return new Batch(Nd4j.create(x, b.features().shape(), 'c'), b.labels(), b.rows());
    }

    /** The clean waveform of table row {@code r}; never modified by callers (augmentation copies). */
    private float[] wave(int r) {
        if (waves != null && waves[r] != null) return waves[r];
        try {
            float[] w = samples.samples(sources[r]);
            if (waves != null) waves[r] = w;
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(sources[r].path() + ": unreadable during audio augmentation: " + e.getMessage(), e);
        }
    }
}
