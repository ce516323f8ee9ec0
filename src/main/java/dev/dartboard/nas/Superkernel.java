package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Single-Path NAS superkernel: dw-sep 3x3 and dw-sep 5x5 as one op whose depthwise kernel is
 * K = (w3 · pad(K3) + w5 · K5) / (w3 + w5), followed by one shared 1x1 and BN; the mixer scales
 * the op's output by w3 + w5. Not the same function as two separate branches (the 1x1 and BN are
 * shared), but one depthwise, one pointwise and one BN instead of two of each. The kernel
 * weights are computed as softmax(α3, α5), which equals (w3, w5) / (w3 + w5) and needs no
 * broadcast division (whose backprop was measured off by ~1e-5 against finite differences).
 */
final class Superkernel {
    private Superkernel() {}

    /**
     * @param alpha [1, k] the layer's α logits
     * @param i3    α index of DW_SEP_3X3
     * @param i5    α index of DW_SEP_5X5
     * @return the op's output [B, H, W, C]; variables {@code <prefix>/sep/dw3/w}, {@code .../dw5/w}
     */
    static SDVariable build(LayerInput in, SDVariable alpha, int k, int i3, int i5) {
        SameDiff sd = in.sd();
        int c = in.channels();
        SDVariable k3 = sd.var(in.name("sep", "dw3/w"), in.init().he(9, 3, 3, c, 1));
        SDVariable k5 = sd.var(in.name("sep", "dw5/w"), in.init().he(25, 5, 5, c, 1));
        SDVariable pad = sd.constant(in.name("sep", "pad"), Nd4j.createFromArray(new int[][]{{1, 1}, {1, 1}, {0, 0}, {0, 0}}));
        SDVariable k3p = sd.nn().pad(in.name("sep", "dw3/padded"), k3, pad, 0.0);
        SDVariable pair = sd.mmul(in.name("sep", "pair"), alpha,
                sd.constant(in.name("sep", "select"), Mixer.selection(k, new int[][]{{i3}, {i5}}).castTo(alpha.dataType())));
        SDVariable norm = sd.nn().softmax(in.name("sep", "norm"), pair, 1);
        SDVariable both = sd.reshape(in.name("sep", "kernels"), sd.stack(in.name("sep", "stack"), 0, k3p, k5), 2, 25L * c);
        SDVariable kernel = sd.reshape(in.name("sep", "dw/w"), sd.mmul(in.name("sep", "mixed"), norm, both), 5, 5, c, 1);
        return PrimitiveOps.separableTail(in, "sep", kernel, 5);
    }
}
