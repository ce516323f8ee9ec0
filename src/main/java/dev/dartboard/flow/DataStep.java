package dev.dartboard.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.LabelSet;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The production data step, wired once: speaker-split scanning, the label set with the default silence and
 * unknown shares, WAV clips and one feature cache ({@code cache}, or {@link FeatureCache#defaultDir()} when the
 * user names none — {@code --cache DIR} reaches every stage through this). Immutable; thread-safe.
 */
public final class DataStep {
    private final DatasetScanner scanner;
    private final ObjectMapper mapper;
    private final Path cacheDir;
    private final FeatureCache cache;

    /** @param cache the feature cache folder, null for the default one */
    public DataStep(Path cache, ObjectMapper mapper) {
        this(new DatasetScanner(new SpeakerSplit()), cache, mapper);
    }

    /** With the studio's shared scanner. */
    public DataStep(DatasetScanner scanner, Path cache, ObjectMapper mapper) {
        this.scanner = scanner;
        this.mapper = mapper;
        this.cacheDir = cache == null ? FeatureCache.defaultDir() : cache;
        this.cache = new FeatureCache(cacheDir, mapper, Runtime.getRuntime().availableProcessors());
    }

    /** The default cache folder. */
    public static DataStep defaults(ObjectMapper mapper) { return new DataStep(null, mapper); }

    /** Where the features are cached. */
    public Path cacheDir() { return cacheDir; }

    /** The data step with the default silence and unknown shares. */
    public DataPreparer preparer() { return preparer(LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE); }

    /** The data step with explicit silence and unknown shares (e.g. eval's detection over all other words). */
    public DataPreparer preparer(double silenceShare, double unknownShare) {
        return new DataPreparer(scanner, new LabelSetResolver(mapper, silenceShare, unknownShare), ClipReader.wav(new WavReader()), cache);
    }

    /**
     * The data step whose unknown class takes every other-word clip of a split and which draws no silence: what
     * detection is measured on (eval's other words, the trained detector's operating point).
     */
    public DataPreparer allOtherWords() { return preparer(0, LabelSet.ALL_OTHER_WORDS); }

    /** The data step reading clips through {@code wrap} of the WAV reader (the studio's pause gate). */
    public DataPreparer preparer(UnaryOperator<ClipReader> wrap) {
        return new DataPreparer(scanner, new LabelSetResolver(mapper, LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                wrap.apply(ClipReader.wav(new WavReader())), cache);
    }
}
