package dev.dartboard.train;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch norm per channel of NHWC activations with learned scale {@code <bn>/gamma} and shift
 * {@code <bn>/beta} [C]. TRAIN: the batch's mean and biased variance over (B, H, W), published as outputs
 * {@code <bn>/batch_mean|batch_var} [C] for the running averages, and y = (x − mean) · gamma /
 * sqrt(var + {@link #EPS}) + beta. INFER: the same with the variables {@code <bn>/mean|var} [C], exactly
 * what {@link FloatExport} folds.
 *
 * <p>Why TRAIN is spelled out in small ops (measured, bench/run-train-profile.sh): {@code sd.nn().batchNorm}
 * crashes in backprop (STACK-NOTES); {@code standardize}'s backprop and a broadcast multiply by a [C] scale
 * that needs a gradient each cost ~9 ms at [64, 25, 5, 64]. Here the per-channel scale is applied as a
 * matmul with diag(scale) on the [B·H·W, C] view, and every other op is a reduction or a same-shape
 * op: one BN's forward + backward takes ~8 ms instead of ~25 ms (values and gradients agree with
 * standardize to float rounding; ε = {@link #EPS} is now added in TRAIN as in INFER).
 * Not thread-safe.
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
        SDVariable mean = sd.mean(bn + "/batch_mean", x, 0, 1, 2);
        SDVariable centred = x.sub(bn + "/centred", mean);
        SDVariable var = sd.mean(bn + "/batch_var", centred.mul(bn + "/sq", centred), 0, 1, 2);
        SDVariable scale = sd.math().rsqrt(bn + "/rstd", var.add(EPS)).mul(bn + "/scale", gamma);
        SDVariable rows = centred.reshape(-1, channels).mmul(bn + "/scaled", sd.math().diag(bn + "/diag", scale));
        return sd.reshape(bn + "/out", rows.add(bn + "/shifted", beta), sd.shape(bn + "/shape", x));
    }

    private SDVariable infer(String bn, SDVariable x, SDVariable gamma, SDVariable beta, int channels) {
        SDVariable mean = sd.var(bn + "/mean", Init.constant(0f, channels));
        SDVariable var = sd.var(bn + "/var", Init.constant(1f, channels));
        SDVariable scale = gamma.mul(bn + "/scale", sd.math().rsqrt(bn + "/rstd", var.add(EPS)));
        return x.sub(bn + "/centred", mean).mul(bn + "/scaled", scale).add(bn + "/out", beta);
    }
}
