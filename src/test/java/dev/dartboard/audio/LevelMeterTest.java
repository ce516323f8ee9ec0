package dev.dartboard.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LevelMeterTest {
    private final LevelMeter meter = new LevelMeter();

    @Test
    void fullScaleSquareIsZeroDbfsRmsAndPeak() {
        LevelMeter.Level l = meter.measure(new float[] {1, -1, 1, -1});
        assertEquals(0.0, l.rmsDbfs(), 1e-12);
        assertEquals(0.0, l.peakDbfs(), 1e-12);
    }

    @Test
    void halfScaleSineReadsMinus9Point03RmsAndMinus6Point02Peak() {
        // 16 samples per period, 100 periods: mean of sin² is exactly 1/2; the peak sample is 0.5.
        LevelMeter.Level l = meter.measure(Signals.tone(1000, 16000, 1600, 0.5));
        assertEquals(20 * Math.log10(0.5 / Math.sqrt(2)), l.rmsDbfs(), 1e-5); // −9.0309
        assertEquals(-6.0206, l.peakDbfs(), 1e-4);
    }

    @Test
    void asymmetricBlockByHand() {
        // RMS = sqrt((0.01 + 0.04 + 0 + 0.25) / 4) = sqrt(0.075); peak 0.5
        LevelMeter.Level l = meter.measure(new float[] {0.1f, -0.2f, 0f, -0.5f});
        assertEquals(10 * Math.log10(0.075), l.rmsDbfs(), 1e-5);
        assertEquals(20 * Math.log10(0.5), l.peakDbfs(), 1e-6);
    }

    @Test
    void silenceAndEmptyBlocksReadTheFloor() {
        assertEquals(LevelMeter.SILENCE, meter.measure(new float[64]));
        assertEquals(LevelMeter.SILENCE, meter.measure(new float[0]));
        assertEquals(-120.0, LevelMeter.toDbfs(1e-9));
    }
}
