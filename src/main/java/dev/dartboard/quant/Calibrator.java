package dev.dartboard.quant;

import dev.dartboard.model.FloatModel;

import java.util.List;

/**
 * Activation ranges by min/max calibration (TFLite's converter default): the float model runs on
 * every calibration input and each tensor keeps its running min and max over all of them
 * (no percentile clipping: a keyword spotter's calibration set is small and outliers are rare;
 * clipping would also break the bit-exact comparison with the float range used by tests).
 */
public final class Calibrator {
    private final FloatForward forward;

    public Calibrator(FloatForward forward) {
        this.forward = forward;
    }

    /**
     * @param inputs float features, each row-major [frames × features]
     * @return ranges[t] = {min, max}; t = 0 is the model input, t = i + 1 is op i's output
     */
    public double[][] ranges(FloatModel model, List<float[]> inputs) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("calibration needs at least one input");
        double[][] r = new double[model.ops().size() + 1][];
        for (int t = 0; t < r.length; t++) r[t] = new double[]{Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (float[] x : inputs) {
            widen(r[0], x);
            List<float[]> outs = forward.run(model, x);
            for (int i = 0; i < outs.size(); i++) widen(r[i + 1], outs.get(i));
        }
        return r;
    }

    private static void widen(double[] range, float[] v) {
        for (float f : v) {
            range[0] = Math.min(range[0], f);
            range[1] = Math.max(range[1], f);
        }
    }
}
