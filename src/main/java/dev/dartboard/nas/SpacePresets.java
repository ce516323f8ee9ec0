package dev.dartboard.nas;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.DataSpace;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Named search spaces. Network part of both presets: 4 mixed layers over the eight primitives
 * (ZERO included), stem/search width 32, narrower widths 16 and 24 as decoder repairs, no
 * stride-2 slots (the supernet does not build them yet).
 */
public final class SpacePresets {
    /** Stem and supernet width of the presets. */
    public static final int CHANNELS = 32;

    private SpacePresets() {}

    /**
     * The paper's eight 16 kHz MFCC front ends (arXiv 2507.15545): window 400 or 640 samples, hop
     * a quarter or half of it (100/200, 160/320), 40 or 80 mel bins; 1 s clips. The paper feeds
     * all coefficients, so coeffs = mel bins.
     */
    public static List<DataConfig> paperConfigs() {
        List<DataConfig> out = new ArrayList<>();
        for (double win : new double[]{25, 40}) for (double hopShare : new double[]{0.25, 0.5})
            for (int mels : new int[]{40, 80})
                out.add(new DataConfig(16000, FeatureType.MFCC, win, win * hopShare, mels, mels, 1000));
        return out;
    }

    /** The Dartboard default data space: 8/16 kHz, MFCC/log-mel, 25/40 ms windows, 10/20 ms hops, 20/40 mels, 10 MFCCs, 1 s. */
    public static DataSpace defaultDataSpace() {
        return new DataSpace(List.of(8000, 16000), List.of(FeatureType.MFCC, FeatureType.LOG_MEL),
                List.of(25.0, 40.0), List.of(10.0, 20.0), List.of(20, 40), List.of(10), List.of(1000.0));
    }

    /** {@code paper8} or {@code default} (the default data space thinned to {@code configs}). */
    public static SearchSpace named(String name, int configs) {
        return switch (name) {
            case "paper8" -> network(paperConfigs().subList(0, Math.min(configs, 8)));
            case "default" -> network(DataSpaces.select(defaultDataSpace(), configs));
            default -> throw new IllegalArgumentException("unknown search space '" + name + "' (known: default, paper8)");
        };
    }

    /** The presets' network part over the given front ends. */
    public static SearchSpace network(List<DataConfig> configs) {
        return new SearchSpace(configs, CHANNELS, 4, List.of(16, 24, CHANNELS), Set.of(), List.of(Primitive.values()));
    }
}
