package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatOp;

/** Work of one op: multiply-accumulates (element ops for pools, ADD and MEAN). Stateless. */
final class OpCounts {
    private OpCounts() { }

    /** MACs of {@code op} mapping {@code in} [H, W, C] to {@code out} [H, W, C]. */
    static long macs(FloatOp op, int[] in, int[] out) {
        long outCells = (long) out[0] * out[1] * out[2];
        return switch (op.kind()) {
            case CONV_2D -> outCells * op.kernelH() * op.kernelW() * in[2];
            case DEPTHWISE_CONV_2D, AVERAGE_POOL_2D, MAX_POOL_2D -> outCells * op.kernelH() * op.kernelW();
            case FULLY_CONNECTED -> (long) in[0] * in[1] * in[2] * op.outChannels();
            case ADD -> outCells;
            case MEAN -> (long) in[0] * in[1] * in[2];
        };
    }
}
