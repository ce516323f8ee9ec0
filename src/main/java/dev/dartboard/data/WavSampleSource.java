package dev.dartboard.data;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link Source} into exactly {@code clipSamples} samples at {@code rate}: clip files are
 * zero-padded or cropped at the end; noise slices are copied from the decoded noise file (kept in
 * memory after the first read: noise files are few) and scaled by their gain. Thread-safe.
 */
public final class WavSampleSource implements SampleSource {
    private final Path root;
    private final ClipReader reader;
    private final int rate;
    private final int clipSamples;
    private final double windowMs;
    private final Map<String, float[]> noise = new ConcurrentHashMap<>();

    /** A source that takes clips of any length (at least one sample). */
    public WavSampleSource(Path root, ClipReader reader, int rate, int clipSamples) {
        this(root, reader, rate, clipSamples, 0);
    }

    /** @param windowMs the front end's analysis window: a clip file shorter than it is rejected ({@link ClipLength}) */
    public WavSampleSource(Path root, ClipReader reader, int rate, int clipSamples, double windowMs) {
        this.root = root;
        this.reader = reader;
        this.rate = rate;
        this.clipSamples = clipSamples;
        this.windowMs = windowMs;
    }

    /** A fresh array of {@code clipSamples} samples owned by the caller. */
    @Override
    public float[] samples(Source source) throws IOException {
        if (!source.isSlice()) {
            PcmClip clip = reader.read(root.resolve(source.path()), rate).clip();
            String tooShort = ClipLength.tooShort(clip.samples().length, rate, windowMs);
            if (tooShort != null) throw new WavException(root.resolve(source.path()), tooShort);
            return clip.fitTo(clipSamples).samples();
        }
        float[] out = new float[clipSamples];
        if (source.path().isEmpty()) return out;
        float[] all = noise(source.path());
        int n = Math.max(0, Math.min(clipSamples, all.length - source.offset()));
        for (int i = 0; i < n; i++) out[i] = all[source.offset() + i] * source.gain();
        return out;
    }

    /** The noise files of a data set with their lengths at {@code rate} (reads each once). */
    public List<NoiseFile> noiseFiles(Dataset dataset) throws IOException {
        List<NoiseFile> files = new ArrayList<>();
        for (String rel : dataset.noiseFiles()) files.add(new NoiseFile(rel, noise(rel).length));
        return files;
    }

    private float[] noise(String relPath) throws IOException {
        float[] cached = noise.get(relPath);
        if (cached != null) return cached;
        float[] s = reader.read(root.resolve(relPath), rate).clip().samples();
        noise.put(relPath, Arrays.copyOf(s, s.length));
        return s;
    }
}
