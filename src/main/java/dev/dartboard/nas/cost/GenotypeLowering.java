package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.FloatOp.Padding;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;

import java.util.ArrayList;
import java.util.List;

/**
 * The deployed form of a {@link Genotype}: the BN-folded op chain the exporters emit, with
 * zero weights of the right sizes (what costs are counted on). It must equal what
 * {@code train.FloatExport} produces from a trained net (a test in {@code train} checks it).
 * Ops in op-BN-ReLU order:
 * <ul>
 * <li>stem: CONV_2D kh×kw, stride, SAME, ReLU</li>
 * <li>dw-sep k×k: DEPTHWISE k×k (stride, linear) → CONV_2D 1x1 to the width (ReLU)</li>
 * <li>conv 3×3: CONV_2D 3×3 (stride, ReLU)</li>
 * <li>inverted residual: CONV_2D 1x1 ×expansion (ReLU) → DEPTHWISE 3×3 (stride, ReLU) → CONV_2D 1x1
 *     (linear) → ADD with the block input when stride 1 and width unchanged</li>
 * <li>pools: 3×3 (stride, SAME), then a linear CONV_2D 1x1 only where the width changes</li>
 * <li>skip: nothing, or a linear CONV_2D 1x1 (stride) where stride or width changes</li>
 * <li>head: MEAN over time and features → FULLY_CONNECTED to the labels</li>
 * </ul>
 * Stateless, thread-safe.
 */
public final class GenotypeLowering {

    /** The deployed network of {@code g} with {@code labels} outputs (weights zero). */
    public FloatModel lower(Genotype g, List<String> labels) {
        Chain c = new Chain();
        Genotype.Stem s = g.stem();
        c.conv(s.channels(), s.kernelH(), s.kernelW(), s.strideH(), s.strideW(), 1, Activation.RELU);
        for (Genotype.Layer l : g.layers()) layer(c, l);
        c.add(new FloatOp(Kind.MEAN, c.last(), c.channels, 1, 1, 1, 1, Padding.VALID, Activation.NONE, null, null));
        c.add(new FloatOp(Kind.FULLY_CONNECTED, c.last(), labels.size(), 1, 1, 1, 1, Padding.VALID, Activation.NONE,
                new float[labels.size() * c.channels], new float[labels.size()]));
        int[] input = {g.dataConfig().frames(), g.dataConfig().features(), 1};
        return new FloatModel(g.name(), g.dataConfig(), input, c.ops, labels);
    }

    private static void layer(Chain c, Genotype.Layer l) {
        int in = c.channels, s = l.stride();
        switch (l.op()) {
            case DW_SEP_3X3, DW_SEP_5X5 -> {
                c.depthwise(l.op().kernel(), s, Activation.NONE);
                c.conv(l.width(), 1, 1, 1, 1, c.channels, Activation.RELU);
            }
            case CONV_3X3 -> c.conv(l.width(), 3, 3, s, s, in, Activation.RELU);
            case INV_RES_3X3 -> invertedResidual(c, l);
            case MAX_POOL_3X3, AVG_POOL_3X3 -> {
                Kind k = l.op() == Primitive.MAX_POOL_3X3 ? Kind.MAX_POOL_2D : Kind.AVERAGE_POOL_2D;
                c.add(new FloatOp(k, c.last(), in, 3, 3, s, s, Padding.SAME, Activation.NONE, null, null));
                if (l.width() != in) c.conv(l.width(), 1, 1, 1, 1, in, Activation.NONE);
            }
            case SKIP -> {
                if (s != 1 || l.width() != in) c.conv(l.width(), 1, 1, s, s, in, Activation.NONE);
            }
            case ZERO -> throw new IllegalArgumentException("a decoded genotype has no zero op");
        }
    }

    private static void invertedResidual(Chain c, Genotype.Layer l) {
        int in = c.channels, blockInput = c.ops.size() - 1, hidden = in * l.op().expansion();
        c.conv(hidden, 1, 1, 1, 1, in, Activation.RELU);
        c.depthwise(3, l.stride(), Activation.RELU);
        c.conv(l.width(), 1, 1, 1, 1, hidden, Activation.NONE);
        if (l.stride() == 1 && l.width() == in)
            c.add(new FloatOp(Kind.ADD, new int[]{blockInput, c.ops.size() - 1}, in, 1, 1, 1, 1, Padding.VALID,
                    Activation.NONE, null, null));
    }

    /** The op list being built and the channel count of its last output. */
    private static final class Chain {
        final List<FloatOp> ops = new ArrayList<>();
        int channels = 1;

        int[] last() { return new int[]{ops.size() - 1}; }

        void add(FloatOp op) {
            ops.add(op);
            channels = op.outChannels();
        }

        void conv(int out, int kh, int kw, int sh, int sw, int in, Activation act) {
            add(new FloatOp(Kind.CONV_2D, last(), out, kh, kw, sh, sw, Padding.SAME, act,
                    new float[out * kh * kw * in], new float[out]));
        }

        void depthwise(int k, int s, Activation act) {
            add(new FloatOp(Kind.DEPTHWISE_CONV_2D, last(), channels, k, k, s, s, Padding.SAME, act,
                    new float[k * k * channels], new float[channels]));
        }
    }
}
