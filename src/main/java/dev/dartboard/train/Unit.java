package dev.dartboard.train;

import dev.dartboard.model.FloatOp;

/**
 * One inference op of the discrete network as {@link NetGraph} built it: the recipe that
 * {@link FloatExport} turns into a {@link FloatOp} by folding BN and transposing weights.
 *
 * @param kind       the TFLite op
 * @param inputs     earlier unit indices read (−1 = the network input); two for ADD
 * @param cin        input channels
 * @param cout       output channels
 * @param kh         kernel / window height (1 for ADD, MEAN, FC)
 * @param kw         kernel / window width
 * @param sh         stride along H
 * @param sw         stride along W
 * @param activation fused activation applied after BN
 * @param weight     graph variable of the weights (SameDiff layout: conv [kh, kw, cin, cout], depthwise
 *                   [kh, kw, c, 1], FC [in, out]), or null
 * @param bn         prefix of the BN that follows ({@code <bn>/gamma|beta|mean|var}), or null
 * @param bias       graph variable of a plain bias [cout] (FC only), or null
 */
record Unit(FloatOp.Kind kind, int[] inputs, int cin, int cout, int kh, int kw, int sh, int sw,
            FloatOp.Activation activation, String weight, String bn, String bias) {
}
