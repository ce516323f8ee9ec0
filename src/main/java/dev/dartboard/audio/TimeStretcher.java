package dev.dartboard.audio;

/**
 * WSOLA time-scale modification: changes duration, keeps pitch. Hann-windowed frames are
 * overlap-added at half-frame hops; each next input frame is searched within ±tolerance of its
 * nominal position for the best normalized correlation with the natural continuation of the
 * previous frame, so periodic waveforms join in phase. Immutable, thread-safe.
 */
final class TimeStretcher {
    private final int frame;
    private final int tolerance;
    private final double[] window;

    /** @param frame samples per frame (even, ≥ 4); @param tolerance search radius, samples */
    TimeStretcher(int frame, int tolerance) {
        if (frame < 4 || frame % 2 != 0) throw new IllegalArgumentException("frame must be even and ≥ 4: " + frame);
        this.frame = frame;
        this.tolerance = tolerance;
        this.window = new double[frame];
        for (int i = 0; i < frame; i++) window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / frame);
    }

    /** {@code x} lasting {@code factor} times as long: round(x.length · factor) samples, same pitch. */
    float[] stretch(float[] x, double factor) {
        int outLen = (int) Math.round(x.length * factor);
        int hop = frame / 2;
        double[] out = new double[outLen + frame];
        double[] weight = new double[outLen + frame];
        int prev = 0;
        for (int k = 0; k * hop < outLen; k++) {
            int nominal = (int) Math.round(k * hop / factor);
            int pos = k == 0 ? 0 : bestMatch(x, prev + hop, nominal);
            for (int i = 0; i < frame; i++) {
                out[k * hop + i] += window[i] * at(x, pos + i);
                weight[k * hop + i] += window[i];
            }
            prev = pos;
        }
        float[] y = new float[outLen];
        for (int i = 0; i < outLen; i++) y[i] = weight[i] > 1e-3 ? (float) (out[i] / weight[i]) : 0f;
        return y;
    }

    /** The start within ±tolerance of {@code nominal} whose frame best matches the one at {@code natural}. */
    private int bestMatch(float[] x, int natural, int nominal) {
        int best = nominal;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = Math.max(0, nominal - tolerance); c <= nominal + tolerance; c++) {
            double dot = 0, energy = 1e-12;
            for (int i = 0; i < frame; i++) {
                double v = at(x, c + i);
                dot += v * at(x, natural + i);
                energy += v * v;
            }
            double score = dot / Math.sqrt(energy);
            if (score > bestScore) { bestScore = score; best = c; }
        }
        return best;
    }

    private static double at(float[] x, int i) { return i >= 0 && i < x.length ? x[i] : 0.0; }
}
