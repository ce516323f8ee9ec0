package dev.dartboard.audio;

/** Hand-made test signals and level measurements, computed independently of production code. */
final class Signals {
    private Signals() { }

    /** amplitude·sin(2π·freq·i/rate), {@code n} samples. */
    static float[] tone(double freq, int rate, int n, double amplitude) {
        float[] s = new float[n];
        for (int i = 0; i < n; i++) s[i] = (float) (amplitude * Math.sin(2 * Math.PI * freq * i / rate));
        return s;
    }

    /** RMS of x[from, to). */
    static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) sum += (double) x[i] * x[i];
        return Math.sqrt(sum / (to - from));
    }

    /** RMS of the middle half of x (avoids the edges, where the filter sees zeros). */
    static double rmsMiddle(float[] x) { return rms(x, x.length / 4, 3 * x.length / 4); }

    static double db(double ratio) { return 20 * Math.log10(ratio); }

    /** Magnitude of the DFT of x at {@code freq} Hz (Goertzel-free direct sum). */
    static double magnitudeAt(float[] x, double freq, int rate) {
        double re = 0, im = 0;
        for (int i = 0; i < x.length; i++) {
            double w = 2 * Math.PI * freq * i / rate;
            re += x[i] * Math.cos(w);
            im -= x[i] * Math.sin(w);
        }
        return Math.hypot(re, im) / x.length;
    }
}
