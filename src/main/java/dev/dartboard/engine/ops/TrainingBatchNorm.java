package dev.dartboard.engine.ops;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training-mode batch norm per channel of NHWC activations [B, H, W, C]: the batch's mean and biased
 * variance over (B, H, W), then y = (x − mean) · gamma / sqrt(var + eps) + beta, as one libnd4j
 * {@code batchnorm} op forward and one {@code batchnorm_bp} op backward ({@link BatchNormOp}).
 *
 * <p>Why: SameDiff's own {@code batchNorm} crashes in backprop and {@code standardize} + broadcasts
 * cost ~6–9 ms per BN forward + backward at [64, 25, 5, 32] on one thread; the fused pair with
 * oneDNN takes ~2 ms (bench/darts-bench.sh, docs). {@code batchnorm_bp} returns the full
 * training-mode gradient (through the batch statistics) for x; the gradients it reports for
 * mean and variance are zero, so nothing is counted twice.
 */
public final class TrainingBatchNorm {
    /** ε added to the variance, as TensorFlow's and PyTorch's default batch norm. */
    public static final double EPS = 1e-5;

    private TrainingBatchNorm() {}

    /**
     * Adds {@code <name>/batch_mean} and {@code <name>/batch_var} [C] (biased) and the normalized
     * output {@code <name>/out} to the graph. {@code gamma} and {@code beta} are [C] variables (learned)
     * or constants (affine-free BN).
     */
    public static SDVariable apply(SameDiff sd, String name, SDVariable x, SDVariable gamma, SDVariable beta) {
        SDVariable[] moments = new BatchMomentsOp(sd, name + "/moments", x, 0, 1, 2).outputVariables(name + "/moments");
        SDVariable mean = sd.updateVariableNameAndReference(moments[0], name + "/batch_mean");
        SDVariable var = sd.updateVariableNameAndReference(moments[1], name + "/batch_var");
        return new BatchNormOp(sd, name + "/op", x, mean, var, gamma, beta, EPS, 3).outputVariables(name + "/out")[0];
    }

    /** Affine-free training-mode BN (gamma 1, beta 0 as constants), as DARTS' mixed ops use. */
    public static SDVariable affineFree(SameDiff sd, String name, SDVariable x, int channels) {
        SDVariable one = sd.constant(name + "/one", Nd4j.ones(x.dataType(), channels));
        SDVariable zero = sd.constant(name + "/zero", Nd4j.zeros(x.dataType(), channels));
        return apply(sd, name, x, one, zero);
    }
}
