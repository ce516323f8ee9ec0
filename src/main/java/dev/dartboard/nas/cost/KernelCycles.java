package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cycles of one op on a Cortex-M4 running Dartboard's C kernels (DSP path, arm-none-eabi-gcc -Os):
 * perCall + Σ term × {@link KernelWork} count, with instruction counts per term fitted (least squares,
 * non-negative, relative error) to QEMU counts of QemuLatencyTest's calibration shapes (mps2-an386,
 * per kernel call; the test checks other genotypes against them). Assumes one cycle per
 * instruction: on the M4 loads take 2 cycles (1 when pipelined), SMLAD/SMLABB 1, taken branches 2-4,
 * SDIV 2-12, so real cycles differ by ±30%; the board's {@code cyclesPerMac} rescales everything
 * (cycles = instructions × cyclesPerMac / {@link #REFERENCE_CYCLES_PER_MAC}). Stateless.
 */
public final class KernelCycles {
    /**
     * The board {@code cyclesPerMac} that means one cycle per instruction (the plain-C pointwise inner
     * loop's instructions per MAC when boards were first profiled; the DSP tile loop takes about 0.95).
     */
    public static final double REFERENCE_CYCLES_PER_MAC = 1.8;
    /** A kernel call: model_run's call, argument set-up, prologue and epilogue (instructions). */
    static final double PER_CALL = 60;
    /** One inference outside the kernels: kws_infer, argmax over the labels. */
    public static final double PER_INFERENCE = 40;

    /** Kernel families with their own instruction terms. */
    public enum Family {
        //               vector  tail   row    output setup  gather
        POINTWISE(        14.3,  17.6,  99.6,  0,     17.2,  0),
        CONV(             18.5,  33.6,  107,   0,     30.4,  68.1),
        CONV_WIDENED(     15.5,  0,     100,   0,     0,     72.2),
        CONV_ROWS(        2.15,  6.5,   15.6,  80,    0,     0),
        DEPTHWISE(        8,     0,     3,     87.5,  84.5,  37.6),
        FULLY_CONNECTED(  2.11,  6.09,  0,     72,    0,     0),
        AVERAGE_POOL(     0,     17.3,  0,     146,   0,     0),
        MAX_POOL(         0,     22.1,  0,     0,     0,     0),
        ADD(              0,     0,     0,     50.2,  0,     0),
        MEAN(             0,     7.95,  0,     242,   0,     0);

        final double vector, tail, row, output, setup, gather;

        Family(double vector, double tail, double row, double output, double setup, double gather) {
            this.vector = vector;
            this.tail = tail;
            this.row = row;
            this.output = output;
            this.setup = setup;
            this.gather = gather;
        }

        /** The family of the kernel that runs {@code op} on an input of shape {@code in} [H, W, C]. */
        public static Family of(FloatOp op, int[] in) {
            return switch (op.kind()) {
                case CONV_2D -> op.kernelH() == 1 && op.kernelW() == 1 ? POINTWISE : KernelWork.wideConv(op, in) ? CONV_ROWS
                        : KernelWork.widenedIm2col(op, in) ? CONV_WIDENED : CONV;
                case DEPTHWISE_CONV_2D -> DEPTHWISE;
                case FULLY_CONNECTED -> FULLY_CONNECTED;
                case AVERAGE_POOL_2D -> AVERAGE_POOL;
                case MAX_POOL_2D -> MAX_POOL;
                case ADD -> ADD;
                case MEAN -> MEAN;
            };
        }

        /** Instructions for this much work, call overhead included. */
        public double instructions(KernelWork w) {
            return PER_CALL + vector * w.vector() + tail * w.tail() + row * w.rows() + output * w.outputs() + setup * w.setup()
                    + gather * w.gather();
        }
    }

    /**
     * One op's estimate as model cards list it: its index, kind, kernel family, MACs and instructions
     * ({@link Family#instructions} rounded to a whole number; the network's total is {@link #PER_INFERENCE} plus
     * the sum of these, which {@link CostModel} scales to cycles).
     */
    public record Layer(int op, FloatOp.Kind kind, Family kernel, long macs, long instructions) { }

    private KernelCycles() { }

    /** Every op of {@code m} in execution order, the order of the exported library's kernel calls. */
    public static List<Layer> layers(FloatModel m) {
        List<int[]> shapes = m.shapes();
        List<Layer> layers = new ArrayList<>(m.ops().size());
        for (int i = 0; i < m.ops().size(); i++) {
            FloatOp op = m.ops().get(i);
            int[] in = op.inputs()[0] < 0 ? m.input() : shapes.get(op.inputs()[0]);
            layers.add(new Layer(i, op.kind(), Family.of(op, in), OpCounts.macs(op, in, shapes.get(i)),
                    Math.round(instructions(op, in, shapes.get(i)))));
        }
        return layers;
    }

    /** {@link #PER_INFERENCE} plus the layers' instructions: one inference at one cycle per instruction. */
    public static long networkInstructions(List<Layer> layers) {
        return Math.round(PER_INFERENCE) + layers.stream().mapToLong(Layer::instructions).sum();
    }

    /** Instructions of {@code op} mapping {@code in} to {@code out}. */
    public static double instructions(FloatOp op, int[] in, int[] out) {
        return Family.of(op, in).instructions(KernelWork.of(op, in, out));
    }
}
