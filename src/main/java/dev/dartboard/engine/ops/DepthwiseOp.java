package dev.dartboard.engine.ops;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;

/**
 * Depthwise k×k "same" convolution, stride 1, NHWC input [B, H, W, C], kernel [k, k, C, 1] (YXIO),
 * run by libnd4j's {@code depthwise_conv2d} and differentiated without {@code depthwise_conv2d_bp},
 * which took 5.6–10 ms at [64, 25, 5, 32] for k = 5 on one thread (0.5 ms for k = 3) and allocates
 * its im2col columns per call (73 MB for 3×3 at [64, 25, 5, 256], more than glibc serves from its heap):
 * <ul>
 * <li>dL/dx is the same convolution of dL/dy with the kernel flipped in both spatial axes
 *     (0.13–0.16 ms);</li>
 * <li>dL/dK[i, j, c] = Σ_{b,h,w} xpad[b, h+i, w+j, c] · dL/dy[b, h, w, c] is one depthwise
 *     convolution with a tall kernel (0.2–0.7 ms): stack the batch along the height, xpad into
 *     [1, B·(H+2p), W+2p, C] and dL/dy, padded by p rows above and below each sample, into the
 *     kernel [B·(H+2p), W, C, 1]; with p rows of explicit padding the output is [1, k, k, C], and
 *     the padded kernel rows keep each sample's products inside its own rows.</li>
 * </ul>
 * The grid width and the channel count ride along as two extra integer arguments (the native op
 * reads the first eleven), because the batch is a placeholder dimension and the two reshapes need
 * the other three. Checked against direct sums in doubles and against libnd4j's own backward by
 * DepthwiseOpTest.
 */
public final class DepthwiseOp extends NativeAlias {
    /** The alias under which SameDiff's clone finds this class again. */
    public static final String NAME = "dartboard_depthwise";
    private static final int WIDTH = 11, CHANNELS = 12;

    static {
        register(NAME, DepthwiseOp.class);
    }

    /** For SameDiff's clone only. */
    public DepthwiseOp() {}

    private DepthwiseOp(SameDiff sd, String name, SDVariable x, SDVariable kernel, int k, int width, int channels) {
        super(name, sd, new SDVariable[]{x, kernel});
        addIArgument(k, k, 1, 1, 0, 0, 1, 1, 1, 1, 0, width, channels);
    }

    /**
     * @param x        [B, H, W, C] with W = {@code width}, C = {@code channels}
     * @param kernel   [k, k, C, 1], k odd
     * @return [B, H, W, C], named {@code name}
     */
    public static SDVariable same(SameDiff sd, String name, SDVariable x, SDVariable kernel, int k, int width, int channels) {
        if (k % 2 == 0 || k < 1) throw new IllegalArgumentException("depthwise kernel must be odd, got " + k);
        return new DepthwiseOp(sd, name, x, kernel, k, width, channels).outputVariables(name)[0];
    }

    @Override public String opName() { return NAME; }
    @Override String nativeName() { return "depthwise_conv2d"; }
    @Override public int getNumOutputs() { return 1; }

    @Override
    public List<SDVariable> doDiff(List<SDVariable> grads) {
        SDVariable x = arg(0), kernel = arg(1), dy = grads.get(0);
        int k = iArguments.get(0).intValue(), p = k / 2;
        long width = iArguments.get(WIDTH), channels = iArguments.get(CHANNELS);
        SDVariable flipped = sameDiff.reverse(kernel, 0, 1);
        long[] same = Arrays.copyOf(iArgs(), WIDTH);   // this op's own arguments, without width and channels
        SDVariable dx = new NativeBackward.Depthwise(sameDiff, dy, flipped, same).outputVariable();
        SDVariable xPadded = sameDiff.nn().pad(x, padding(p, p), 0.0);
        SDVariable dyPadded = sameDiff.nn().pad(dy, padding(p, 0), 0.0);
        SDVariable stacked = sameDiff.reshape(xPadded, 1, -1, width + 2L * p, channels);
        SDVariable tall = sameDiff.reshape(dyPadded, -1, width, channels, 1);
        SDVariable dk = new NativeBackward.Depthwise(sameDiff, stacked, tall, new long[]{-1, -1, 1, 1, p, 0, 1, 1, 0, 1, 0}).outputVariable();
        return List.of(dx, sameDiff.reshape(dk, k, k, channels, 1));
    }

    /** Paddings for [B, H, W, C]: h rows above and below, w columns left and right. */
    private SDVariable padding(int h, int w) {
        return sameDiff.constant(Nd4j.createFromArray(new int[][]{{0, 0}, {h, h}, {w, w}, {0, 0}}));
    }
}
