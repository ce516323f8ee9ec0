package dev.dartboard.nas.pareto;

/**
 * A softmax-regression classifier refit on a sub-network's pooled features (a linear probe). The supernet's own
 * classifier was trained on the features of the α-mixture; a one-hot sub-network's features differ in scale, offset
 * and direction from those (every later layer's weights co-adapted to the mixture), so that classifier reads them as
 * (nearly) one constant class. Refitting only the last linear layer on the training split keeps every inherited
 * weight below it and measures what the sub-network's features can separate.
 *
 * <p>Fit: features standardised with the training split's per-channel mean and deviation, weights and biases from
 * zero, {@value #STEPS} full-batch gradient steps of size {@value #RATE} on the mean cross-entropy plus
 * {@value #L2}·‖W‖²/2. Deterministic: the same features give the same accuracy. Stateless.
 */
final class LinearProbe {
    static final int STEPS = 200;
    static final double RATE = 0.5, L2 = 1e-3;

    private LinearProbe() {}

    /**
     * @param train      pooled features of the training examples [n][c] and their labels
     * @param validation the same for the examples scored
     * @param classes    number of labels
     * @return top-1 accuracy on {@code validation}; NaN when it is empty
     */
    static double accuracy(float[][] train, int[] trainLabels, float[][] validation, int[] validationLabels, int classes) {
        if (validation.length == 0) return Double.NaN;
        if (train.length == 0) throw new IllegalArgumentException("no training features to fit the probe on");
        int n = train.length, c = train[0].length;
        double[] mean = new double[c], scale = new double[c];
        for (float[] row : train) for (int j = 0; j < c; j++) mean[j] += row[j] / (double) n;
        for (float[] row : train) for (int j = 0; j < c; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
        for (int j = 0; j < c; j++) scale[j] = 1 / (Math.sqrt(scale[j]) + 1e-6);
        double[][] x = standardise(train, mean, scale), w = new double[c][classes];
        double[] b = new double[classes], z = new double[classes];
        for (int step = 0; step < STEPS; step++) {
            double[][] gw = new double[c][classes];
            double[] gb = new double[classes];
            for (int i = 0; i < n; i++) {
                probabilities(x[i], w, b, z);
                z[trainLabels[i]] -= 1;
                for (int k = 0; k < classes; k++) {
                    gb[k] += z[k] / n;
                    for (int j = 0; j < c; j++) gw[j][k] += x[i][j] * z[k] / n;
                }
            }
            for (int k = 0; k < classes; k++) {
                b[k] -= RATE * gb[k];
                for (int j = 0; j < c; j++) w[j][k] -= RATE * (gw[j][k] + L2 * w[j][k]);
            }
        }
        double[][] v = standardise(validation, mean, scale);
        int hits = 0;
        for (int i = 0; i < v.length; i++) {
            probabilities(v[i], w, b, z);
            int best = 0;
            for (int k = 1; k < classes; k++) if (z[k] > z[best]) best = k;
            if (best == validationLabels[i]) hits++;
        }
        return hits / (double) v.length;
    }

    private static double[][] standardise(float[][] rows, double[] mean, double[] scale) {
        double[][] out = new double[rows.length][mean.length];
        for (int i = 0; i < rows.length; i++) for (int j = 0; j < mean.length; j++) out[i][j] = (rows[i][j] - mean[j]) * scale[j];
        return out;
    }

    /** softmax(x·W + b) into {@code out}. */
    private static void probabilities(double[] x, double[][] w, double[] b, double[] out) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int k = 0; k < b.length; k++) {
            double s = b[k];
            for (int j = 0; j < x.length; j++) s += x[j] * w[j][k];
            out[k] = s;
            max = Math.max(max, s);
        }
        for (int k = 0; k < b.length; k++) sum += out[k] = Math.exp(out[k] - max);
        for (int k = 0; k < b.length; k++) out[k] /= sum;
    }
}
