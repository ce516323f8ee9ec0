package dev.dartboard.quant;

/**
 * Asymmetric int8 quantization of one activation tensor: real = scale · (q − zeroPoint).
 * The scale is a float because .tflite stores float32 and TFLM derives its multipliers from it.
 */
public record QuantParams(float scale, int zeroPoint) {

    public QuantParams {
        if (!(scale > 0) || Float.isInfinite(scale)) throw new IllegalArgumentException("scale must be positive: " + scale);
        if (zeroPoint < -128 || zeroPoint > 127) throw new IllegalArgumentException("int8 zero point out of range: " + zeroPoint);
    }

    /**
     * TFLite's ChooseQuantizationParams for int8 (qmin −128, qmax 127): the range is widened to
     * contain 0, scale = (max − min) / 255, zero point = round(−128 − min / scale) clamped, so that
     * real 0 is exactly representable. A degenerate range [0, 0] gets scale 1/255.
     */
    public static QuantParams fromRange(double min, double max) {
        double lo = Math.min(min, 0.0), hi = Math.max(max, 0.0);
        double scale = hi > lo ? (hi - lo) / 255.0 : 1.0 / 255.0;
        double zpFromMin = -128 - lo / scale;
        int zp = (int) Math.max(-128, Math.min(127, FixedPoint.roundHalfAway(zpFromMin)));
        return new QuantParams((float) scale, zp);
    }
}
