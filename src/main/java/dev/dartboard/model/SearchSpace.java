package dev.dartboard.model;

import java.util.List;
import java.util.Set;

/**
 * What the search may choose: one of {@link #dataConfigs()} (mixed by softmax γ) and, for each
 * of {@link #layers()} mixed layers, one primitive (softmax α) and one width.
 *
 * @param dataConfigs  candidate front ends, at least one; index i is input i of the supernet
 * @param stemChannels channels of every stem's output (the common grid's depth)
 * @param layers       number of mixed layers L
 * @param widths       width options per layer (channels), ascending, at least one
 * @param stride2Slots 0-based layer indices that downsample by 2 (both axes)
 * @param primitives   candidate ops of every mixed layer, in α order
 */
public record SearchSpace(List<DataConfig> dataConfigs, int stemChannels, int layers,
                          List<Integer> widths, Set<Integer> stride2Slots, List<Primitive> primitives) {

    public SearchSpace {
        dataConfigs = List.copyOf(dataConfigs);
        widths = List.copyOf(widths);
        stride2Slots = Set.copyOf(stride2Slots);
        primitives = List.copyOf(primitives);
        if (dataConfigs.isEmpty()) throw new IllegalArgumentException("at least one data config");
        if (stemChannels <= 0 || layers <= 0) throw new IllegalArgumentException("stem channels and layers must be positive");
        if (widths.isEmpty() || primitives.isEmpty()) throw new IllegalArgumentException("widths and primitives must be non-empty");
        for (int s : stride2Slots)
            if (s < 0 || s >= layers) throw new IllegalArgumentException("stride-2 slot " + s + " outside 0.." + (layers - 1));
        if (Set.copyOf(primitives).size() != primitives.size()) throw new IllegalArgumentException("duplicate primitive");
    }

    /** Stride of layer {@code i}: 2 in a stride-2 slot, else 1. */
    public int stride(int layer) { return stride2Slots.contains(layer) ? 2 : 1; }

    /**
     * The shape of {@code bench/darts_peer.py}: three front ends giving 49×10, 49×40 and
     * 99×40 features, 32-channel stems, 4 mixed layers of one width, no downsampling, six ops.
     */
    public static SearchSpace peerBench() {
        List<DataConfig> configs = List.of(
                new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 1000),
                new DataConfig(16000, FeatureType.LOG_MEL, 40, 20, 40, 40, 1000),
                new DataConfig(16000, FeatureType.LOG_MEL, 20, 10, 40, 40, 1000));
        return new SearchSpace(configs, 32, 4, List.of(32), Set.of(), List.of(
                Primitive.DW_SEP_3X3, Primitive.DW_SEP_5X5, Primitive.CONV_3X3,
                Primitive.MAX_POOL_3X3, Primitive.SKIP, Primitive.ZERO));
    }
}
