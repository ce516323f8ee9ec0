package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * PC-DARTS partial channels (Xu et al. 2020) on NHWC activations: the first C/K channels go
 * through the mixed op, the others bypass it, then concat + channel shuffle (groups K). Channel
 * selection and the shuffle are products with constant 0/1 matrices on the [B·H·W, C] view,
 * because backprop through channel slices fails in SameDiff (strided_slice_bp, docs/stack-notes.md#samediff).
 */
final class PartialChannels {
    private PartialChannels() {}

    /** The first c/k channels of x [B, H, W, c] → [B, H, W, c/k]. */
    static SDVariable select(SameDiff sd, String name, SDVariable x, int c, int k) {
        INDArray s = Nd4j.zeros(DataType.FLOAT, c, c / k);
        for (int j = 0; j < c / k; j++) s.putScalar(j, j, 1f);
        SDVariable rows = sd.mmul(name + "/mmul", sd.reshape(name + "/nc", x, -1, c), sd.constant(name + "/select", s.castTo(x.dataType())));
        return sd.reshape(name, rows, withChannels(sd, name, x, c / k));
    }

    /**
     * shuffle(concat(y, x[..., c/k:])) → [B, H, W, c], where y [B, H, W, c/k] is the mixed op's output.
     */
    static SDVariable merge(SameDiff sd, String name, SDVariable x, SDVariable y, int c, int k) {
        int[] to = shuffle(c, k);
        INDArray fromY = Nd4j.zeros(DataType.FLOAT, c / k, c), fromX = Nd4j.zeros(DataType.FLOAT, c, c);
        for (int j = 0; j < c; j++) {
            if (j < c / k) fromY.putScalar(j, to[j], 1f);
            else fromX.putScalar(j, to[j], 1f);
        }
        SDVariable a = sd.mmul(name + "/y", sd.reshape(name + "/ync", y, -1, c / k), sd.constant(name + "/fromY", fromY.castTo(x.dataType())));
        SDVariable b = sd.mmul(name + "/x", sd.reshape(name + "/xnc", x, -1, c), sd.constant(name + "/fromX", fromX.castTo(x.dataType())));
        return sd.reshape(name, a.add(name + "/sum", b), sd.shape(name + "/shape", x));
    }

    /**
     * Channel shuffle with k groups as a map: channel j of the concat lands at to[j]. The concat
     * viewed as [k, c/k] is transposed to [c/k, k]: j = g·(c/k) + r → r·k + g.
     */
    static int[] shuffle(int c, int k) {
        int[] to = new int[c];
        for (int j = 0; j < c; j++) to[j] = (j % (c / k)) * k + j / (c / k);
        return to;
    }

    /** shape(x) with the last entry replaced by {@code channels}, as a runtime shape vector. */
    private static SDVariable withChannels(SameDiff sd, String name, SDVariable x, int channels) {
        SDVariable bhw = sd.slice(name + "/bhw", sd.shape(name + "/xshape", x), new int[]{0}, new int[]{3});
        return sd.concat(name + "/outshape", 0, bhw, sd.constant(name + "/c", Nd4j.createFromArray((long) channels)));
    }
}
