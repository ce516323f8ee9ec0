package dev.dartboard.nas;

import dev.dartboard.model.BlockBuilder;
import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Lowering;
import dev.dartboard.model.Primitive;
import dev.dartboard.engine.ops.ReluOp;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * One candidate op of a mixed layer: the blocks {@link Lowering} defines for its primitive (the ones the
 * trainer builds), as SameDiff ops on [B, H, W, C] at stride 1 with the width kept. What is the supernet's
 * own: BN normalises with the batch's statistics and is affine-free (DARTS' search convention, so the α
 * mixing carries each op's scale; the trained net's learned scale and shift start at this 1 and 0), and
 * the separable ops' depthwise kernel may be given (the {@link Superkernel}). Variables of unit i are named
 * {@code <prefix>/u<i>/...}. Not thread-safe; one instance per candidate.
 */
final class MixedOpBuilder implements BlockBuilder {
    private final SameDiff sd;
    private final String prefix;
    private final SDVariable input;
    private final int inputChannels;
    private final int width;
    private final WeightInit init;
    private final SDVariable depthwiseKernel;
    private final List<SDVariable> outs = new ArrayList<>();
    private final List<Integer> channels = new ArrayList<>();

    /**
     * @param prefix          variable-name prefix of this candidate, e.g. {@code L2/conv_3x3}
     * @param input           the layer input [B, H, width, channels] (handle −1)
     * @param width           W, the grid width (every mixed layer keeps the grid)
     * @param depthwiseKernel the kernel [k, k, C, 1] of the block's depthwise op, or null for its own variable
     */
    MixedOpBuilder(SameDiff sd, String prefix, SDVariable input, int channels, int width, WeightInit init,
                   SDVariable depthwiseKernel) {
        this.sd = sd;
        this.prefix = prefix;
        this.input = input;
        this.inputChannels = channels;
        this.width = width;
        this.init = init;
        this.depthwiseKernel = depthwiseKernel;
    }

    /** {@code op}'s blocks on {@code input} at stride 1, width = channels; the output [B, H, W, C]. */
    static SDVariable candidate(SameDiff sd, String prefix, SDVariable input, int channels, int width, WeightInit init,
                                Primitive op, SDVariable depthwiseKernel) {
        MixedOpBuilder b = new MixedOpBuilder(sd, prefix, input, channels, width, init, depthwiseKernel);
        return b.out(Lowering.layer(b, -1, new Genotype.Layer(op, channels, 1)));
    }

    SDVariable out(int t) { return t < 0 ? input : outs.get(t); }

    @Override
    public int channels(int t) { return t < 0 ? inputChannels : channels.get(t); }

    @Override
    public int conv(int in, int cout, int kh, int kw, int sh, int sw, Activation act) {
        if (kh != kw || sh != 1 || sw != 1) throw new UnsupportedOperationException("mixed layers run square kernels at stride 1");
        String u = unit();
        SDVariable y = Blocks.convSame(sd, u, out(in), init, channels(in), cout, kh);
        return finish(Blocks.bn(sd, u + "/bn", y, cout), cout, act, u);
    }

    @Override
    public int depthwise(int in, int k, int s, boolean bn, Activation act) {
        if (s != 1) throw new UnsupportedOperationException("mixed layers run at stride 1");
        String u = unit();
        int c = channels(in);
        SDVariable kernel = depthwiseKernel != null ? depthwiseKernel : sd.var(u + "/w", init.he((long) k * k, k, k, c, 1));
        if (depthwiseKernel != null && depthwiseKernel.getShape() != null && depthwiseKernel.getShape()[0] != k)
            throw new IllegalArgumentException("the given depthwise kernel is not " + k + "x" + k);
        SDVariable y = Blocks.depthwise(sd, u + "/dw", out(in), kernel, k, width, c);
        return finish(bn ? Blocks.bn(sd, u + "/bn", y, c) : y, c, act, u);
    }

    @Override
    public int pool(int in, boolean max, int k, int s) {
        if (k != 3 || s != 1) throw new UnsupportedOperationException("mixed layers pool 3x3 at stride 1");
        String u = unit();
        return finish(Blocks.pool3(sd, u + (max ? "/maxpool" : "/avgpool"), out(in), max), channels(in), Activation.NONE, u);
    }

    @Override
    public int add(int a, int b) {
        String u = unit();
        return finish(out(a).add(u + "/add", out(b)), channels(a), Activation.NONE, u);
    }

    private int finish(SDVariable y, int c, Activation act, String unit) {
        if (act == Activation.RELU) y = ReluOp.apply(sd, unit + "/relu", y);
        else if (act != Activation.NONE) throw new UnsupportedOperationException("activation " + act);
        outs.add(y);
        channels.add(c);
        return outs.size() - 1;
    }

    /** {@code <prefix>/u<next unit index>}. */
    private String unit() { return prefix + "/u" + outs.size(); }
}
