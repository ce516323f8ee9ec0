package dev.dartboard.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** FFT and real power spectrum against a direct O(n²) DFT. */
class FftTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 64, 512})
    void complexFftMatchesDirectDft(int n) {
        Random rnd = new Random(n);
        double[] re = new double[n], im = new double[n];
        for (int i = 0; i < n; i++) { re[i] = rnd.nextGaussian(); im[i] = rnd.nextGaussian(); }
        double[][] expected = dft(re, im);
        new Fft(n).forward(re, im);
        for (int k = 0; k < n; k++) {
            assertEquals(expected[0][k], re[k], 1e-10 * n, "re " + k);
            assertEquals(expected[1][k], im[k], 1e-10 * n, "im " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 16, 256, 1024})
    void powerSpectrumMatchesDirectDft(int n) {
        Random rnd = new Random(7 * n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = rnd.nextGaussian();
        double[][] expected = dft(x.clone(), new double[n]);
        double[] out = new double[n / 2 + 1];
        new PowerSpectrum(n).compute(x, out);
        for (int k = 0; k <= n / 2; k++) {
            double p = expected[0][k] * expected[0][k] + expected[1][k] * expected[1][k];
            assertEquals(p, out[k], 1e-9 * n * Math.max(1, p), "bin " + k);
        }
    }

    @Test
    void cosineAtBinFivePutsAllPowerInBinFive() {
        int n = 64;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.cos(2 * Math.PI * 5 * i / n);
        double[] out = new double[n / 2 + 1];
        new PowerSpectrum(n).compute(x, out);
        for (int k = 0; k <= n / 2; k++) assertEquals(k == 5 ? (n / 2.0) * (n / 2.0) : 0.0, out[k], 1e-9, "bin " + k);
    }

    @Test
    void rejectsSizesThatAreNotPowersOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new Fft(12));
        assertThrows(IllegalArgumentException.class, () -> new PowerSpectrum(1));
    }

    /** Direct DFT, X[k] = Σ x[j]·e^(−2πi·jk/n); returns {re, im}. */
    static double[][] dft(double[] re, double[] im) {
        int n = re.length;
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                double a = -2 * Math.PI * ((long) j * k % n) / n;
                out[0][k] += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                out[1][k] += re[j] * Math.sin(a) + im[j] * Math.cos(a);
            }
        }
        return out;
    }
}
