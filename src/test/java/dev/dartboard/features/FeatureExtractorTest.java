package dev.dartboard.features;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeatureExtractorTest {
    private static final double LN_FLOOR = Math.log(1e-6);

    private static DataConfig logMel(int sr, double win, double hop, int mels, double clip) {
        return new DataConfig(sr, FeatureType.LOG_MEL, win, hop, mels, 0, clip);
    }

    @Test
    void shapeFollowsTheFrameFormula() {
        DataConfig c = DataConfig.defaults();
        float[][] m = new FeatureExtractor(c).extract(new float[16000]);
        assertEquals(1 + (16000 - 640) / 320, m.length);
        assertEquals(49, m.length);
        assertEquals(10, m[0].length);
        DataConfig paper = logMel(16000, 25, 6.25, 80, 1000);
        assertEquals(1 + (16000 - 400) / 100, new FeatureExtractor(paper).extract(new float[5]).length);
    }

    @Test
    void silenceIsTheLogFloorAndMfccIsItsDc() {
        float[][] lm = new FeatureExtractor(logMel(8000, 40, 20, 40, 1000)).extract(new float[8000]);
        for (float[] row : lm) for (float v : row) assertEquals(LN_FLOOR, v, 1e-6);
        float[][] mfcc = new FeatureExtractor(DataConfig.defaults()).extract(new float[0]);
        for (float[] row : mfcc) {
            assertEquals(LN_FLOOR * Math.sqrt(40), row[0], 1e-4);
            for (int k = 1; k < 10; k++) assertEquals(0.0, row[k], 1e-4);
        }
    }

    @Test
    void shortClipsAreZeroPaddedAndLongOnesCropped() {
        DataConfig c = new DataConfig(16000, FeatureType.MFCC, 25, 10, 40, 13, 500);
        float[] clip = ReferenceFixtures.clip("tone-noise-16k");
        FeatureExtractor fx = new FeatureExtractor(c);
        float[][] cropped = fx.extract(Arrays.copyOf(clip, 8000));
        assertArrayEquals(cropped, fx.extract(clip));
        float[][] padded = fx.extract(Arrays.copyOf(clip, 3000));
        assertArrayEquals(padded, fx.extract(Arrays.copyOf(Arrays.copyOf(clip, 3000), 8000)));
        assertEquals(LN_FLOOR * Math.sqrt(40), padded[padded.length - 1][0], 1e-4);
    }

    @Test
    void toneLandsInTheMelBinAroundItsFrequency() {
        DataConfig c = logMel(16000, 64, 32, 40, 1000);
        float[] x = new float[16000];
        for (int i = 0; i < x.length; i++) x[i] = (float) (0.5 * Math.sin(2 * Math.PI * 2000 * i / 16000.0));
        float[] row = new FeatureExtractor(c).extract(x)[10];
        int best = 0;
        for (int j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
        double top = MelFilterbank.hzToMel(8000), mel = MelFilterbank.hzToMel(2000);
        assertEquals(mel / top * 41 - 1, best, 1.0);
    }

    @Test
    void tablesAreExposedForExporters() {
        FeatureExtractor fx = new FeatureExtractor(DataConfig.defaults());
        assertEquals(640, fx.window().length);
        assertEquals(0f, fx.window()[0]);
        assertEquals(1f, fx.window()[320], 1e-7);
        assertEquals(40 * 513, fx.melFilterbankWeights().length);
        assertEquals(10 * 40, fx.dctMatrix().length);
        assertEquals(0, new FeatureExtractor(logMel(16000, 40, 20, 40, 1000)).dctMatrix().length);
    }

    @Test
    void rejectsAWronglySizedOutput() {
        FeatureExtractor fx = new FeatureExtractor(DataConfig.defaults());
        assertThrows(IllegalArgumentException.class, () -> fx.extract(new float[16000], new float[489]));
    }

    @Test
    void oneInstanceGivesTheSameAnswerTwice() {
        FeatureExtractor fx = new FeatureExtractor(DataConfig.defaults());
        float[] clip = ReferenceFixtures.clip("chirp-16k");
        assertArrayEquals(fx.extract(clip), fx.extract(clip));
    }
}
