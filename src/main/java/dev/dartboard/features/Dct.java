package dev.dartboard.features;

/**
 * Orthonormal DCT-II truncated to the first {@code coeffs} outputs, as torchaudio
 * {@code create_dct(coeffs, inputs, norm="ortho")}:
 * {@code y[k] = s_k · Σ_n x[n]·cos(π/N·(n + ½)·k)} with s_0 = √(1/N), s_k = √(2/N).
 * Immutable and thread-safe.
 */
public final class Dct {
    private final int inputs;
    private final int coeffs;
    private final double[] matrix;

    /**
     * @param inputs N, the input length (mel bins)
     * @param coeffs outputs kept, 1 … N
     */
    public Dct(int inputs, int coeffs) {
        if (inputs < 1 || coeffs < 1 || coeffs > inputs)
            throw new IllegalArgumentException("DCT needs 1 ≤ coeffs ≤ inputs: " + coeffs + ", " + inputs);
        this.inputs = inputs;
        this.coeffs = coeffs;
        this.matrix = new double[coeffs * inputs];
        for (int k = 0; k < coeffs; k++) {
            double s = Math.sqrt((k == 0 ? 1.0 : 2.0) / inputs);
            for (int n = 0; n < inputs; n++) matrix[k * inputs + n] = s * Math.cos(Math.PI / inputs * (n + 0.5) * k);
        }
    }

    public int inputs() { return inputs; }

    public int coeffs() { return coeffs; }

    /** A copy of the matrix, row-major coeffs × inputs, as float (for exporters' C tables). */
    public float[] matrix() {
        float[] m = new float[matrix.length];
        for (int i = 0; i < m.length; i++) m[i] = (float) matrix[i];
        return m;
    }

    /** A copy of the matrix, row-major coeffs × inputs, in double (for the Q15 front end's table). */
    public double[] matrixDouble() { return matrix.clone(); }

    /**
     * @param x      N inputs
     * @param out    destination
     * @param offset where in {@code out} the coeffs outputs go
     */
    public void apply(double[] x, float[] out, int offset) {
        for (int k = 0; k < coeffs; k++) {
            double s = 0;
            int row = k * inputs;
            for (int n = 0; n < inputs; n++) s += matrix[row + n] * x[n];
            out[offset + k] = (float) s;
        }
    }
}
