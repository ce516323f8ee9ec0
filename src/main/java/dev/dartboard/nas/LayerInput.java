package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * What a primitive builder gets for one mixed layer.
 *
 * @param sd       the graph being built
 * @param prefix   variable-name prefix of the layer, e.g. {@code L2}; builders append {@code /<op>/...}
 * @param x        layer input [B, H, W, C] (NHWC)
 * @param relu     relu(x), shared by every op that starts with a ReLU (one op per layer)
 * @param channels C, in = out
 * @param width    W, the grid width (every mixed layer keeps the grid)
 * @param init     seeded weight source
 */
record LayerInput(SameDiff sd, String prefix, SDVariable x, SDVariable relu, int channels, int width, WeightInit init) {

    /** {@code <prefix>/<op>/<part>}. */
    String name(String op, String part) { return prefix + "/" + op + "/" + part; }
}
