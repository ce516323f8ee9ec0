package dev.dartboard.train;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch norm per channel of NHWC activations with learned scale {@code <bn>/gamma} and shift
 * {@code <bn>/beta} [C]. TRAIN: {@code standardize} over (B, H, W) (biased variance, no ε; the op
 * {@code sd.nn().batchNorm} crashes in backprop, STACK-NOTES), and the batch's mean and biased variance as
 * outputs {@code <bn>/batch_mean|batch_var} for the running averages. INFER: the variables
 * {@code <bn>/mean|var} [C]: y = (x − mean) · gamma / sqrt(var + {@link #EPS}) + beta, exactly what
 * {@link FloatExport} folds. Not thread-safe.
 */
final class BatchNorm {
    static final double EPS = 1e-5;
    private final SameDiff sd;
    private final NetMode mode;
    private final List<String> names = new ArrayList<>();

    BatchNorm(SameDiff sd, NetMode mode) {
        this.sd = sd;
        this.mode = mode;
    }

    /** The BN prefixes in creation order. */
    List<String> names() { return List.copyOf(names); }

    SDVariable apply(String bn, SDVariable x, int channels) {
        names.add(bn);
        SDVariable gamma = sd.var(bn + "/gamma", Init.constant(1f, channels));
        SDVariable beta = sd.var(bn + "/beta", Init.constant(0f, channels));
        if (mode == NetMode.INFER) return infer(bn, x, gamma, beta, channels);
        sd.mean(bn + "/batch_mean", x, 0, 1, 2);
        sd.variance(bn + "/batch_var", x, false, 0, 1, 2);
        SDVariable xhat = sd.math().standardize(bn + "/xhat", x, 0, 1, 2);
        return xhat.mul(bn + "/scaled", gamma).add(bn + "/out", beta);
    }

    private SDVariable infer(String bn, SDVariable x, SDVariable gamma, SDVariable beta, int channels) {
        SDVariable mean = sd.var(bn + "/mean", Init.constant(0f, channels));
        SDVariable var = sd.var(bn + "/var", Init.constant(1f, channels));
        SDVariable scale = gamma.mul(bn + "/scale", sd.math().rsqrt(bn + "/rstd", var.add(EPS)));
        return x.sub(bn + "/centred", mean).mul(bn + "/scaled", scale).add(bn + "/out", beta);
    }
}
