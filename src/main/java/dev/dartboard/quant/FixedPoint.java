package dev.dartboard.quant;

/**
 * TFLite / TFLM fixed-point requantization arithmetic, bit for bit
 * ({@code tensorflow/lite/kernels/internal/common.h} and {@code quantization_util.cc}, the
 * default build without {@code TFLITE_SINGLE_ROUNDING}). The exported C code
 * ({@code dartboard_kernels.c}) is a line-by-line transcription of these methods.
 *
 * <p>A real multiplier M is stored as (q, shift) with M ≈ q · 2^(shift − 31), q in [2^30, 2^31).
 */
public final class FixedPoint {
    private FixedPoint() {}

    /**
     * QuantizeMultiplier: frexp(M) = f · 2^shift with f in [0.5, 1); q = round-half-away(f · 2^31);
     * q == 2^31 → q = 2^30, shift + 1; shift < −31 → (0, 0). M == 0 → (0, 0).
     *
     * @return {q, shift}
     */
    public static int[] quantizeMultiplier(double m) {
        if (m == 0.0) return new int[]{0, 0};
        int shift = Math.getExponent(m) + 1;                       // frexp exponent for normal m
        double f = m / Math.scalb(1.0, shift);
        long q = roundHalfAway(f * (1L << 31));
        if (q == (1L << 31)) {
            q /= 2;
            shift++;
        }
        if (shift < -31) return new int[]{0, 0};
        return new int[]{(int) q, shift};
    }

    /** std::round on a double: half away from zero. */
    public static long roundHalfAway(double x) {
        return x >= 0 ? (long) Math.floor(x + 0.5) : -(long) Math.floor(-x + 0.5);
    }

    /** std::round on a float (TfLiteRound of a float expression), half away from zero. */
    public static int roundHalfAway(float x) {
        return x >= 0 ? (int) Math.floor(x + 0.5f) : -(int) Math.floor(-x + 0.5f);
    }

    /** gemmlowp SaturatingRoundingDoublingHighMul: round(a·b / 2^31), ties away from zero, saturating. */
    public static int saturatingRoundingDoublingHighMul(int a, int b) {
        if (a == Integer.MIN_VALUE && b == Integer.MIN_VALUE) return Integer.MAX_VALUE;
        long ab = (long) a * (long) b;
        long nudge = ab >= 0 ? (1L << 30) : (1L - (1L << 30));
        return (int) ((ab + nudge) / (1L << 31));                    // truncating division, as C
    }

    /** gemmlowp RoundingDivideByPOT: x / 2^exponent rounded to nearest, ties away from zero. */
    public static int roundingDivideByPOT(int x, int exponent) {
        int mask = (1 << exponent) - 1;
        int remainder = x & mask;
        int threshold = (mask >> 1) + (x < 0 ? 1 : 0);
        return (x >> exponent) + (remainder > threshold ? 1 : 0);
    }

    /** MultiplyByQuantizedMultiplier(x, q, shift): left shift first if shift > 0, right shift after. */
    public static int multiplyByQuantizedMultiplier(int x, int q, int shift) {
        int left = shift > 0 ? shift : 0;
        int right = shift > 0 ? 0 : -shift;
        return roundingDivideByPOT(saturatingRoundingDoublingHighMul(x * (1 << left), q), right);
    }

    /** Quantizes a real value to int8 as TFLite's QUANTIZE: clamp(round(x / scale) + zp) in float. */
    public static byte quantize(float x, QuantParams p) {
        int q = roundHalfAway(x / p.scale()) + p.zeroPoint();
        return (byte) Math.max(-128, Math.min(127, q));
    }

    /** The real value of an int8 under p: scale · (q − zp). */
    public static float dequantize(byte q, QuantParams p) {
        return p.scale() * (q - p.zeroPoint());
    }
}
