package dev.dartboard.features;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DctTest {

    @Test
    void fullDctIsOrthonormal() {
        int n = 40;
        float[] m = new Dct(n, n).matrix();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0;
                for (int i = 0; i < n; i++) dot += (double) m[a * n + i] * m[b * n + i];
                assertEquals(a == b ? 1.0 : 0.0, dot, 1e-6, a + "·" + b);
            }
        }
    }

    @Test
    void equalsTorchaudioCreateDctOrtho() {
        // torchaudio create_dct(3, 4, norm="ortho").T, float32 printout
        double[][] torch = {{0.5, 0.5, 0.5, 0.5},
                {0.653281450272, 0.270598053932, -0.270598113537, -0.653281509876},
                {0.5, -0.5, -0.5, 0.5}};
        float[] m = new Dct(4, 3).matrix();
        for (int k = 0; k < 3; k++)
            for (int i = 0; i < 4; i++) assertEquals(torch[k][i], m[k * 4 + i], 3e-7, k + "," + i);
    }

    @Test
    void constantInputHasOnlyDc() {
        double[] x = new double[10];
        java.util.Arrays.fill(x, -2.5);
        float[] y = new float[5];
        new Dct(10, 4).apply(x, y, 1);
        assertEquals(0f, y[0]);
        assertEquals(-2.5 * Math.sqrt(10), y[1], 1e-5);
        for (int k = 2; k < 5; k++) assertEquals(0.0, y[k], 1e-6);
    }
}
