package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.FloatOp.Padding;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Lowering;
import dev.dartboard.model.NetworkBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The deployed form of a {@link Genotype}: the BN-folded op chain the exporters emit, with zero weights
 * of the right sizes (what costs are counted on). The blocks are {@link Lowering}'s, emitted as
 * {@link FloatOp}s (BN folded into each op's bias), so this equals what {@code train.FloatExport} produces
 * from the trained net (a test in {@code train} checks it). Stateless, thread-safe.
 */
public final class GenotypeLowering {

    /** The deployed network of {@code g} with {@code labels} outputs (weights zero). */
    public FloatModel lower(Genotype g, List<String> labels) {
        Chain c = new Chain();
        Lowering.network(c, g, labels.size());
        int[] input = {g.dataConfig().frames(), g.dataConfig().features(), 1};
        return new FloatModel(g.name(), g.dataConfig(), input, c.ops, labels);
    }

    /** The op list being built; a handle is an op index, −1 the one-channel input. */
    private static final class Chain implements NetworkBuilder {
        final List<FloatOp> ops = new ArrayList<>();

        @Override
        public int channels(int t) { return t < 0 ? 1 : ops.get(t).outChannels(); }

        @Override
        public int conv(int in, int cout, int kh, int kw, int sh, int sw, Activation act) {
            return add(new FloatOp(Kind.CONV_2D, new int[]{in}, cout, kh, kw, sh, sw, Padding.SAME, act,
                    new float[cout * kh * kw * channels(in)], new float[cout]));
        }

        @Override
        public int depthwise(int in, int k, int s, boolean bn, Activation act) {
            int c = channels(in);
            return add(new FloatOp(Kind.DEPTHWISE_CONV_2D, new int[]{in}, c, k, k, s, s, Padding.SAME, act,
                    new float[k * k * c], new float[c]));
        }

        @Override
        public int pool(int in, boolean max, int k, int s) {
            return add(new FloatOp(max ? Kind.MAX_POOL_2D : Kind.AVERAGE_POOL_2D, new int[]{in}, channels(in), k, k, s, s,
                    Padding.SAME, Activation.NONE, null, null));
        }

        @Override
        public int add(int a, int b) {
            return add(new FloatOp(Kind.ADD, new int[]{a, b}, channels(a), 1, 1, 1, 1, Padding.VALID, Activation.NONE, null, null));
        }

        @Override
        public int mean(int in) {
            return add(new FloatOp(Kind.MEAN, new int[]{in}, channels(in), 1, 1, 1, 1, Padding.VALID, Activation.NONE, null, null));
        }

        @Override
        public int fc(int in, int cout) {
            return add(new FloatOp(Kind.FULLY_CONNECTED, new int[]{in}, cout, 1, 1, 1, 1, Padding.VALID, Activation.NONE,
                    new float[cout * channels(in)], new float[cout]));
        }

        private int add(FloatOp op) {
            ops.add(op);
            return ops.size() - 1;
        }
    }
}
