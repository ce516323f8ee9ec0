package dev.dartboard.nas;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a supernet: stems (one per data config) onto a common [gridH, gridW, channels]
 * grid, {@code layers} mixed layers over {@code primitives}, global average pool, linear to
 * {@code classes}.
 *
 * @param superkernel fold DW_SEP_3X3 and DW_SEP_5X5 into one depthwise 5x5 superkernel whose
 *                    kernel is the α-weighted mix of both (Single-Path NAS); shares pointwise + BN
 * @param partialChannels PC-DARTS K: 1/K of the channels go through each mixed op, the rest bypass
 *                    it (then channel shuffle); 1 = full DARTS, as the PyTorch peer
 */
public record SupernetSpec(List<StemSpec> stems, int channels, int layers, List<Primitive> primitives,
                    int classes, boolean superkernel, int partialChannels) {

    public SupernetSpec {
        stems = List.copyOf(stems);
        primitives = List.copyOf(primitives);
        if (stems.isEmpty() || channels <= 0 || layers <= 0 || classes < 2)
            throw new IllegalArgumentException("a supernet needs stems, channels, layers and ≥ 2 classes");
        if (partialChannels < 1 || channels % partialChannels != 0)
            throw new IllegalArgumentException("partial-channel K must divide the channels: " + partialChannels);
        for (StemSpec s : stems)
            if (s.outH() != stems.get(0).outH() || s.outW() != stems.get(0).outW())
                throw new IllegalArgumentException("stems do not share one grid: " + stems);
    }

    public int gridH() { return stems.get(0).outH(); }

    public int gridW() { return stems.get(0).outW(); }

    /** Whether the superkernel path applies: requested and both separable candidates present. */
    boolean foldsSeparables() {
        return superkernel && primitives.contains(Primitive.DW_SEP_3X3) && primitives.contains(Primitive.DW_SEP_5X5);
    }

    /** The ops of {@code darts_peer.py}'s mixed layers, in its α order. */
    public static final List<Primitive> PEER_PRIMITIVES = List.of(Primitive.DW_SEP_3X3, Primitive.DW_SEP_5X5,
            Primitive.CONV_3X3, Primitive.MAX_POOL_3X3, Primitive.SKIP, Primitive.ZERO);

    /**
     * The supernet of a search space: the common grid is the smallest config's [frames, features]
     * halved (rounded up). The mixed layers run at the stem width, which must be the widest option;
     * narrower widths are decoder repairs only. Stride-2 slots are not built yet.
     */
    public static SupernetSpec of(SearchSpace space, int classes, boolean superkernel) {
        if (!space.widths().contains(space.stemChannels()) || space.widths().stream().anyMatch(w -> w > space.stemChannels())
                || !space.stride2Slots().isEmpty())
            throw new UnsupportedOperationException("the supernet runs at the stem width, which must be the widest option; "
                    + "stride-2 slots are not built yet");
        int[][] inputs = new int[space.dataConfigs().size()][];
        for (int i = 0; i < inputs.length; i++) {
            DataConfig c = space.dataConfigs().get(i);
            inputs[i] = new int[]{c.frames(), c.features()};
        }
        return forInputs(inputs, space.stemChannels(), space.layers(), space.primitives(), classes, superkernel);
    }

    /** As {@link #of} from the inputs' [frames, features] directly. */
    public static SupernetSpec forInputs(int[][] inputs, int channels, int layers, List<Primitive> primitives,
                                         int classes, boolean superkernel) {
        int h = Integer.MAX_VALUE, w = Integer.MAX_VALUE;
        for (int[] in : inputs) {
            h = Math.min(h, (in[0] + 1) / 2);
            w = Math.min(w, (in[1] + 1) / 2);
        }
        List<StemSpec> stems = new ArrayList<>();
        for (int[] in : inputs) stems.add(StemSpec.toGrid(in[0], in[1], h, w));
        return new SupernetSpec(stems, channels, layers, primitives, classes, superkernel, 1);
    }

    /** This spec with PC-DARTS partial channels K (1 = off). */
    public SupernetSpec withPartialChannels(int k) {
        return new SupernetSpec(stems, channels, layers, primitives, classes, superkernel, k);
    }

    /** This spec with only stem {@code i} (γ froze on data config i: the other stems are dropped). */
    public SupernetSpec onlyStem(int i) {
        return new SupernetSpec(List.of(stems.get(i)), channels, layers, primitives, classes, superkernel, partialChannels);
    }

    /** Channels each mixed op sees: C / K. */
    public int opChannels() { return channels / partialChannels; }

    /**
     * {@code darts_peer.py}: inputs 49x10, 49x40, 99x40 → 25x5x32, 4 layers, 12 classes, with the peer's
     * own stems (its 99-frame stem is 3 tall at stride 4, which {@link StemSpec#toGrid} would widen).
     */
    public static SupernetSpec peerBench(boolean superkernel) {
        List<StemSpec> stems = List.of(new StemSpec(49, 10, 3, 3, 2, 2, 1, 1), new StemSpec(49, 40, 3, 8, 2, 8, 1, 0),
                new StemSpec(99, 40, 3, 8, 4, 8, 1, 0));
        return new SupernetSpec(stems, 32, 4, PEER_PRIMITIVES, 12, superkernel, 1);
    }
}
