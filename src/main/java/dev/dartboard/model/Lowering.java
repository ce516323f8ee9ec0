package dev.dartboard.model;

import dev.dartboard.model.FloatOp.Activation;

/**
 * The one definition of every {@link Primitive} as ops (darts' {@code OPS} table): the trainer builds
 * these blocks, the cost model counts them and the supernet mixes them, each through its own
 * {@link BlockBuilder}. Adding a primitive is its constant in {@link Primitive} and its case here.
 *
 * <p>Blocks, post-activation (op → BN → ReLU), for a layer of width w and stride s on C channels:
 * <ul>
 * <li>dw-sep k×k: depthwise k×k (stride s, no BN, linear) → 1x1 to w → BN → ReLU (DS-CNN)</li>
 * <li>conv 3×3: 3×3 to w (stride s) → BN → ReLU</li>
 * <li>inverted residual: 1x1 to C·expansion → BN → ReLU → depthwise 3×3 (stride s) → BN → ReLU →
 *     1x1 to w → BN (linear) → + the block input when s = 1 and w = C (MobileNetV2)</li>
 * <li>pools: 3×3 pooling (stride s), then a linear 1x1 → BN to w only where the width changes</li>
 * <li>skip: the input, or a linear 1x1 (stride s) → BN where stride or width changes</li>
 * </ul>
 * A network ({@link #network}) is the stem (conv → BN → ReLU), the layers in order, then global average
 * pool and a linear head. Stateless.
 */
public final class Lowering {
    private Lowering() { }

    /** Emits {@code g} with a head of {@code classes} outputs; returns the logits' handle. */
    public static int network(NetworkBuilder b, Genotype g, int classes) {
        Genotype.Stem s = g.stem();
        int h = b.conv(-1, s.channels(), s.kernelH(), s.kernelW(), s.strideH(), s.strideW(), Activation.RELU);
        for (Genotype.Layer layer : g.layers()) h = layer(b, h, layer);
        return b.fc(b.mean(h), classes);
    }

    /** Emits one layer reading {@code in}; returns the handle of its output ({@code in} itself for a plain skip). */
    public static int layer(BlockBuilder b, int in, Genotype.Layer l) {
        int s = l.stride(), w = l.width();
        return switch (l.op()) {
            case DW_SEP_3X3, DW_SEP_5X5 -> b.conv(b.depthwise(in, l.op().kernel(), s, false, Activation.NONE),
                    w, 1, 1, 1, 1, Activation.RELU);
            case CONV_3X3 -> b.conv(in, w, 3, 3, s, s, Activation.RELU);
            case INV_RES_3X3 -> invertedResidual(b, in, w, s, l.op().expansion());
            case MAX_POOL_3X3, AVG_POOL_3X3 -> project(b, b.pool(in, l.op() == Primitive.MAX_POOL_3X3, 3, s), w, 1);
            case SKIP -> project(b, in, w, s);
            case ZERO -> throw new IllegalArgumentException("the zero op has no blocks");
        };
    }

    private static int invertedResidual(BlockBuilder b, int in, int w, int s, int expansion) {
        int cin = b.channels(in);
        int e = b.conv(in, cin * expansion, 1, 1, 1, 1, Activation.RELU);
        int p = b.conv(b.depthwise(e, 3, s, true, Activation.RELU), w, 1, 1, 1, 1, Activation.NONE);
        return s == 1 && cin == w ? b.add(in, p) : p;
    }

    /** Identity, or a linear 1x1 conv (stride s) → BN where stride or width changes. */
    private static int project(BlockBuilder b, int in, int w, int s) {
        return s == 1 && b.channels(in) == w ? in : b.conv(in, w, 1, 1, s, s, Activation.NONE);
    }
}
