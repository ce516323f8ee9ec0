package dev.dartboard.nas;

import dev.dartboard.engine.ops.DepthwiseOp;
import dev.dartboard.engine.ops.TrainingBatchNorm;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;

/**
 * SameDiff building blocks on NHWC activations [B, H, W, C], chosen for speed on the oneDNN
 * build (docs/stack-notes.md#samediff): depthwise + 1x1 conv instead of separableConv2d, affine-free BN as one fused
 * batchnorm op ({@link TrainingBatchNorm}; sd.nn().batchNorm crashes in backprop). Each call adds
 * variables named {@code <name>/...}; weights come from the given {@link WeightInit}.
 */
final class Blocks {
    private Blocks() {}

    /** Full convolution, weights [kH, kW, cin, cout] (YXIO), no bias, explicit padding. */
    static SDVariable conv(SameDiff sd, String name, SDVariable x, WeightInit init, int cin, int cout, StemSpec k) {
        SDVariable w = sd.var(name + "/w", init.he((long) k.kH() * k.kW() * cin, k.kH(), k.kW(), cin, cout));
        Conv2DConfig c = Conv2DConfig.builder().kH(k.kH()).kW(k.kW()).sH(k.sH()).sW(k.sW()).pH(k.pH()).pW(k.pW())
                .paddingMode(PaddingMode.VALID).dataFormat(Conv2DConfig.NHWC).weightsFormat(WeightsFormat.YXIO).build();
        return sd.cnn().conv2d(name + "/conv", x, w, c);
    }

    /** k×k "same" convolution, stride 1, no bias. */
    static SDVariable convSame(SameDiff sd, String name, SDVariable x, WeightInit init, int cin, int cout, int k) {
        SDVariable w = sd.var(name + "/w", init.he((long) k * k * cin, k, k, cin, cout));
        return sd.cnn().conv2d(name + "/conv", x, w, same(k));
    }

    /**
     * Depthwise k×k "same" convolution with the given kernel variable [k, k, C, 1] on [B, H, width, C], as
     * {@link DepthwiseOp}: its backward avoids libnd4j's {@code depthwise_conv2d_bp}, slow for 5×5 (5.6–10 ms
     * against 0.3–0.7 ms) and, for 3×3 at the inverted residual's 256 channels, a 73 MB scratch per call.
     */
    static SDVariable depthwise(SameDiff sd, String name, SDVariable x, SDVariable kernel, int k, int width, int channels) {
        return DepthwiseOp.same(sd, name, x, kernel, k, width, channels);
    }

    /** Pointwise 1x1 convolution, weights [1, 1, cin, cout]. */
    static SDVariable pointwise(SameDiff sd, String name, SDVariable x, WeightInit init, int cin, int cout) {
        return convSame(sd, name, x, init, cin, cout, 1);
    }

    /**
     * Affine-free training-mode BN per channel over (B, H, W) of NHWC, output {@code <name>/out}.
     * Fused batchnorm/batchnorm_bp instead of {@code standardize} (with relu_bp): 350–458 → 254–314 ms
     * per DARTS iteration of bench/darts-bench.sh's superkernel net on one thread (docs/search-speed.md).
     */
    static SDVariable bn(SameDiff sd, String name, SDVariable x, int channels) {
        return TrainingBatchNorm.affineFree(sd, name, x, channels);
    }

    /** 3x3 stride-1 pooling with "same" padding (max: −∞ padding; avg: padding not counted). */
    static SDVariable pool3(SameDiff sd, String name, SDVariable x, boolean max) {
        Pooling2DConfig c = Pooling2DConfig.builder().kH(3).kW(3).sH(1).sW(1).pH(1).pW(1)
                .paddingMode(PaddingMode.SAME).isNHWC(true)
                .divisor(Pooling2D.Divisor.EXCLUDE_PADDING).build();
        return max ? sd.cnn().maxPooling2d(name, x, c) : sd.cnn().avgPooling2d(name, x, c);
    }

    private static Conv2DConfig same(int k) {
        return Conv2DConfig.builder().kH(k).kW(k).sH(1).sW(1).paddingMode(PaddingMode.SAME)
                .dataFormat(Conv2DConfig.NHWC).weightsFormat(WeightsFormat.YXIO).build();
    }
}
