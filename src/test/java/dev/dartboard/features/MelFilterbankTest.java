package dev.dartboard.features;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MelFilterbankTest {

    /** torchaudio 0.13.1 melscale_fbanks(9, 0, 8000, 3, 16000, None, "htk").T (float32 printout). */
    private static final double[][] TORCHAUDIO_3x9 = {
            {0, 0.665639460087, 0, 0, 0, 0, 0, 0, 0},
            {0, 0.334360450506, 0.892782211304, 0.431050181389, 0, 0, 0, 0, 0},
            {0, 0, 0.107217766345, 0.568949818611, 0.983659088612, 0.737744271755, 0.491829425097, 0.245914593339, 0},
    };

    @Test
    void smallBankEqualsTorchaudio() {
        float[] dense = new MelFilterbank(16000, 16, 3).dense();
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 9; k++) assertEquals(TORCHAUDIO_3x9[j][k], dense[j * 9 + k], 1e-6, j + "," + k);
    }

    @Test
    void htkMelScaleByHand() {
        assertEquals(2595 * Math.log10(1 + 1000 / 700.0), MelFilterbank.hzToMel(1000), 1e-9);
        assertEquals(999.9855, MelFilterbank.hzToMel(1000), 1e-4);
        assertEquals(4000, MelFilterbank.melToHz(MelFilterbank.hzToMel(4000)), 1e-9);
    }

    @Test
    void sparseFormMatchesTheTriangleFormulaByHand() {
        int sr = 16000, nFft = 512, mels = 40;
        MelFilterbank fb = new MelFilterbank(sr, nFft, mels);
        double top = 2595 * Math.log10(1 + 8000 / 700.0);
        for (int j = 0; j < mels; j++) {
            double lo = hz(top * j / 41), mid = hz(top * (j + 1) / 41), hi = hz(top * (j + 2) / 41);
            double[] w = fb.weights(j);
            for (int k = 0; k < 257; k++) {
                double f = k * (double) sr / nFft;
                double expected = f <= lo || f >= hi ? 0 : f <= mid ? (f - lo) / (mid - lo) : (hi - f) / (hi - mid);
                int i = k - fb.firstBin(j);
                assertEquals(expected, i >= 0 && i < w.length ? w[i] : 0, 1e-12, "filter " + j + " bin " + k);
            }
        }
    }

    @Test
    void adjacentTrianglesSumToOneBetweenFirstAndLastCentre() {
        MelFilterbank fb = new MelFilterbank(8000, 256, 20);
        float[] d = fb.dense();
        double firstCentre = hz(MelFilterbank.hzToMel(4000) / 21), lastCentre = hz(MelFilterbank.hzToMel(4000) * 20 / 21);
        for (int k = 0; k < 129; k++) {
            double f = k * 8000.0 / 256, sum = 0;
            for (int j = 0; j < 20; j++) sum += d[j * 129 + k];
            if (f >= firstCentre && f <= lastCentre) assertEquals(1.0, sum, 1e-6, "bin " + k);
            else assertTrue(sum < 1.0 + 1e-9);
        }
    }

    @Test
    void applyIsTheDenseProduct() {
        MelFilterbank fb = new MelFilterbank(16000, 1024, 80);
        double[] power = new double[513];
        for (int k = 0; k < power.length; k++) power[k] = Math.sin(k) * Math.sin(k) + k;
        double[] out = new double[80];
        fb.apply(power, out);
        float[] d = fb.dense();
        double[] expected = new double[80];
        for (int j = 0; j < 80; j++) for (int k = 0; k < 513; k++) expected[j] += d[j * 513 + k] * power[k];
        assertArrayEquals(expected, out, 1e-4);
    }

    private static double hz(double mel) { return 700 * (Math.pow(10, mel / 2595) - 1); }
}
