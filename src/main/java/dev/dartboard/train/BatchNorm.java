package dev.dartboard.train;

import dev.dartboard.engine.ops.TrainingBatchNorm;
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
 * <p>TRAIN is one fused libnd4j batchnorm op forward and one batchnorm_bp backward
 * ({@link TrainingBatchNorm}); before, it was spelled out in reductions and a diag(scale) matmul because
 * {@code sd.nn().batchNorm} crashes in backprop and {@code standardize} + broadcasts were slow. DS-CNN-S
 * step, B = 64, Adam, bench/run-train-bench.sh: 140 → 92 ms on one thread, 199 → 126 ms on two, with the
 * fused BN and relu_bp (docs/search-speed.md).
 * Not thread-safe.
 */
final class BatchNorm {
    static final double EPS = TrainingBatchNorm.EPS;
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
        return TrainingBatchNorm.apply(sd, bn, x, gamma, beta);
    }

    private SDVariable infer(String bn, SDVariable x, SDVariable gamma, SDVariable beta, int channels) {
        SDVariable mean = sd.var(bn + "/mean", Init.constant(0f, channels));
        SDVariable var = sd.var(bn + "/var", Init.constant(1f, channels));
        SDVariable scale = gamma.mul(bn + "/scale", sd.math().rsqrt(bn + "/rstd", var.add(EPS)));
        return x.sub(bn + "/centred", mean).mul(bn + "/scaled", scale).add(bn + "/out", beta);
    }
}
