package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatOp;

/**
 * Cycles of one op on a Cortex-M4 running Dartboard's C kernels (DSP path, arm-none-eabi-gcc -Os):
 * perCall + Σ term × {@link KernelWork} count, with instruction counts per term fitted to QEMU
 * counts (mps2-an386, tools/qemu-m4-icount.sh; QemuLatencyTest checks the fit). Assumes one cycle per
 * instruction: on the M4 loads take 2 cycles (1 when pipelined), SMLAD/SMLABB 1, taken branches 2-4,
 * SDIV 2-12, so real cycles differ by ±30%; the board's {@code cyclesPerMac} rescales everything
 * (cycles = instructions × cyclesPerMac / {@link #REFERENCE_CYCLES_PER_MAC}). Stateless.
 */
public final class KernelCycles {
    /**
     * The board {@code cyclesPerMac} that means one cycle per instruction: the pointwise kernel's
     * inner-loop instructions per MAC ({@link Family#POINTWISE}'s vector term).
     */
    public static final double REFERENCE_CYCLES_PER_MAC = 1.8;
    /** A kernel call: model_run's call, argument set-up, prologue and epilogue (instructions). */
    static final double PER_CALL = 60;
    /** One inference outside the kernels: kws_infer, argmax over the labels. */
    static final double PER_INFERENCE = 40;

    /** Kernel families with their own instruction terms. */
    public enum Family {
        //               vector  tail   row    output setup
        POINTWISE(        1.8,   3.6,   154,   21,    7.6),
        CONV(             2.15,  6.5,   15.6,  80,    0),
        DEPTHWISE(        5.5,   19.8,  0,     78,    0),
        FULLY_CONNECTED(  1.86,  3.3,   0,     79,    0),
        AVERAGE_POOL(     0,     13.4,  0,     33,    0),
        MAX_POOL(         0,     17.3,  0,     0,     0),
        ADD(              0,     0,     0,     108,   0),
        MEAN(             0,     7.0,   0,     54,    0);

        final double vector, tail, row, output, setup;

        Family(double vector, double tail, double row, double output, double setup) {
            this.vector = vector;
            this.tail = tail;
            this.row = row;
            this.output = output;
            this.setup = setup;
        }

        /** The family of the kernel that runs {@code op}. */
        public static Family of(FloatOp op) {
            return switch (op.kind()) {
                case CONV_2D -> op.kernelH() == 1 && op.kernelW() == 1 ? POINTWISE : CONV;
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
            return PER_CALL + vector * w.vector() + tail * w.tail() + row * w.rows() + output * w.outputs() + setup * w.setup();
        }
    }

    private KernelCycles() { }

    /** Instructions of {@code op} mapping {@code in} to {@code out}. */
    public static double instructions(FloatOp op, int[] in, int[] out) {
        return Family.of(op).instructions(KernelWork.of(op, in, out));
    }
}
