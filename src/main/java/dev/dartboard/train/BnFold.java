package dev.dartboard.train;

/**
 * Folding an inference-mode batch norm into the op before it: with s = gamma / sqrt(var + ε),
 * BN(conv(x) + b) = conv_{w·s}(x) + (b − mean)·s + beta, per output channel. Pure functions on float arrays.
 */
final class BnFold {
    private BnFold() { }

    /** Per-channel scales gamma / sqrt(var + eps), computed in double. */
    static double[] scales(float[] gamma, float[] var, double eps) {
        double[] s = new double[gamma.length];
        for (int c = 0; c < s.length; c++) s[c] = gamma[c] / Math.sqrt(var[c] + eps);
        return s;
    }

    /** Multiplies weights whose channel index is {@code (i / inner) % channels} by that channel's scale, in place. */
    static void scaleWeights(float[] w, double[] scale, int inner) {
        int channels = scale.length;
        for (int i = 0; i < w.length; i++) w[i] = (float) (w[i] * scale[(i / inner) % channels]);
    }

    /** Folded bias (b − mean)·s + beta; {@code bias} may be null (zero). */
    static float[] bias(float[] bias, float[] mean, float[] beta, double[] scale) {
        float[] out = new float[scale.length];
        for (int c = 0; c < out.length; c++)
            out[c] = (float) (((bias == null ? 0 : bias[c]) - mean[c]) * scale[c] + beta[c]);
        return out;
    }
}
