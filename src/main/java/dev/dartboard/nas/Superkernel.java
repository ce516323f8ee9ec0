package dev.dartboard.nas;

import dev.dartboard.model.Primitive;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Single-Path NAS superkernel: dw-sep 3x3 and dw-sep 5x5 as one op whose depthwise kernel is
 * K = (w3 · pad(K3) + w5 · K5) / (w3 + w5), followed by one shared 1x1, BN and ReLU; the mixer scales
 * the op's output by w3 + w5. Not the same function as two separate branches (the 1x1 and BN are
 * shared), but one depthwise, one pointwise and one BN instead of two of each. The kernel
 * weights are computed as softmax(α3, α5), which equals (w3, w5) / (w3 + w5) and needs no
 * broadcast division (whose backprop was measured off by ~1e-5 against finite differences).
 */
final class Superkernel {
    private Superkernel() {}

    /**
     * @param prefix variable-name prefix, e.g. {@code L2/sep}
     * @param x      the layer input [B, H, width, c]
     * @param alpha [1, k] the layer's α logits
     * @param i3    α index of DW_SEP_3X3
     * @param i5    α index of DW_SEP_5X5
     * @return the op's output [B, H, W, C] (the dw-sep block of {@link MixedOpBuilder} on the mixed kernel);
     *         variables {@code <prefix>/dw3/w}, {@code <prefix>/dw5/w}
     */
    static SDVariable build(SameDiff sd, String prefix, SDVariable x, int c, int width, WeightInit init,
                            SDVariable alpha, int k, int i3, int i5) {
        SDVariable k3 = sd.var(prefix + "/dw3/w", init.he(9, 3, 3, c, 1));
        SDVariable k5 = sd.var(prefix + "/dw5/w", init.he(25, 5, 5, c, 1));
        SDVariable pad = sd.constant(prefix + "/pad", Nd4j.createFromArray(new int[][]{{1, 1}, {1, 1}, {0, 0}, {0, 0}}));
        SDVariable k3p = sd.nn().pad(prefix + "/dw3/padded", k3, pad, 0.0);
        SDVariable pair = sd.mmul(prefix + "/pair", alpha,
                sd.constant(prefix + "/select", Mixer.selection(k, new int[][]{{i3}, {i5}}).castTo(alpha.dataType())));
        SDVariable norm = sd.nn().softmax(prefix + "/norm", pair, 1);
        SDVariable both = sd.reshape(prefix + "/kernels", sd.stack(prefix + "/stack", 0, k3p, k5), 2, 25L * c);
        SDVariable kernel = sd.reshape(prefix + "/dw/w", sd.mmul(prefix + "/mixed", norm, both), 5, 5, c, 1);
        return MixedOpBuilder.candidate(sd, prefix, x, c, width, init, Primitive.DW_SEP_5X5, kernel);
    }
}
