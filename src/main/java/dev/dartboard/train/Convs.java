package dev.dartboard.train;

import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;

/** ND4J configs for NHWC convolutions (weights YXIO) and pooling, SAME padding as TFLite computes it. */
final class Convs {
    private Convs() { }

    static Conv2DConfig conv(int kh, int kw, int sh, int sw) {
        return Conv2DConfig.builder().kH(kh).kW(kw).sH(sh).sW(sw).paddingMode(PaddingMode.SAME)
                .dataFormat(Conv2DConfig.NHWC).weightsFormat(WeightsFormat.YXIO).build();
    }

    static Pooling2DConfig pool(int k, int s) {
        return Pooling2DConfig.builder().kH(k).kW(k).sH(s).sW(s).paddingMode(PaddingMode.SAME).isNHWC(true)
                .divisor(Pooling2D.Divisor.EXCLUDE_PADDING).build();
    }
}
