package dev.dartboard.model;

import dev.dartboard.model.FloatOp.Activation;

/**
 * What {@link Lowering} emits a layer into: the few ops of TFLite's vocabulary that every
 * {@link Primitive} is made of. Three consumers implement it — the trainer's SameDiff graph
 * ({@code train.NetGraph}), the cost model's op list ({@code nas.cost.GenotypeLowering}) and one
 * candidate of the supernet's mixed layer ({@code nas.MixedOpBuilder}) — so each builds exactly the
 * blocks the lowering defines and adds only what is its own (BN statistics, zero weights, the α mixing).
 *
 * <p>Tensors are int handles the builder hands out; −1 is the tensor the builder was made for (the
 * network input, or the mixed layer's input). Layout NHWC, padding SAME (the odd cell at the end).
 * Inside one op the order is op → BN (where it has one) → fused activation: post-activation, so every
 * ReLU fuses into its op on the board.
 */
public interface BlockBuilder {
    /** Channels of tensor {@code t}. */
    int channels(int t);

    /** Full convolution kh×kw, stride (sh, sw), no bias → BN → {@code act}; {@code cout} channels out. */
    int conv(int in, int cout, int kh, int kw, int sh, int sw, Activation act);

    /** Depthwise k×k, stride s, no bias → BN when {@code bn} → {@code act}; channels kept. */
    int depthwise(int in, int k, int s, boolean bn, Activation act);

    /** k×k pooling, stride s (max: padding never wins; average: padding not counted); no BN, no activation. */
    int pool(int in, boolean max, int k, int s);

    /** Element-wise a + b (a residual); both of one shape; no activation. */
    int add(int a, int b);
}
