package dev.dartboard.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataConfigTest {

    @Test
    void gscDefaultsGiveFortyNineFramesOfTenCoefficients() {
        DataConfig c = DataConfig.defaults();
        assertEquals(16000, c.clipSamples());
        assertEquals(640, c.winSamples());
        assertEquals(320, c.hopSamples());
        assertEquals(1024, c.nFft());
        assertEquals(513, c.fftBins());
        assertEquals(1 + (16000 - 640) / 320, c.frames());   // 49
        assertEquals(10, c.features());
        assertEquals("mfcc-16k-w40-h20-m40-c10-l1000", c.id());
    }

    @Test
    void fractionalMillisecondsMapToWholeSamples() {
        // The paper's 400-sample window and 100-sample hop at 16 kHz.
        DataConfig c = new DataConfig(16000, FeatureType.LOG_MEL, 25, 6.25, 80, 0, 500);
        assertEquals(400, c.winSamples());
        assertEquals(100, c.hopSamples());
        assertEquals(512, c.nFft());
        assertEquals(1 + (8000 - 400) / 100, c.frames());     // 77
        assertEquals(80, c.features());
        assertTrue(c.id().contains("h6p25"), c.id());
    }

    @Test
    void powerOfTwoWindowIsItsOwnFftLength() {
        assertEquals(256, new DataConfig(8000, FeatureType.MFCC, 32, 16, 40, 10, 1000).nFft());
    }

    @Test
    void refusesImpossibleConfigsWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 41, 1000)).getMessage().contains("coefficients"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DataConfig(8000, FeatureType.LOG_MEL, 10, 5, 80, 0, 1000)).getMessage().contains("mel bins"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 20)).getMessage().contains("shorter than one window"));
        assertThrows(IllegalArgumentException.class, () -> new DataConfig(0, FeatureType.MFCC, 40, 20, 40, 10, 1000));
    }
}
