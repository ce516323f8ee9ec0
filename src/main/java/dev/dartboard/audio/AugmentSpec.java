package dev.dartboard.audio;

/**
 * Ranges from which {@link Augmenter} draws each clip's parameters, uniformly. A range whose
 * min equals its max is fixed; {@link #NONE} changes nothing.
 *
 * @param maxShiftMs       time shift drawn from [−max, max] ms, zero filled
 * @param noiseProbability chance in [0, 1] of mixing a background clip
 * @param minSnrDb         lower bound of the signal-to-noise ratio, dB
 * @param maxSnrDb         upper bound of the SNR, dB
 * @param minGainDb        lower bound of the gain, dB
 * @param maxGainDb        upper bound of the gain, dB
 * @param minSpeed         lower bound of the speed factor (1 = unchanged; 1.1 = 10% shorter and higher)
 * @param maxSpeed         upper bound of the speed factor
 * @param maxPitchSemitones pitch shift drawn from [−max, max] semitones, duration kept
 */
public record AugmentSpec(double maxShiftMs, double noiseProbability, double minSnrDb, double maxSnrDb,
                          double minGainDb, double maxGainDb, double minSpeed, double maxSpeed,
                          double maxPitchSemitones) {
    /** No augmentation. */
    public static final AugmentSpec NONE = new AugmentSpec(0, 0, 0, 0, 0, 0, 1, 1, 0);

    public AugmentSpec {
        check(maxShiftMs >= 0, "max shift must be ≥ 0 ms");
        check(noiseProbability >= 0 && noiseProbability <= 1, "noise probability must be in [0, 1]");
        check(minSnrDb <= maxSnrDb, "min SNR must be ≤ max SNR");
        check(minGainDb <= maxGainDb, "min gain must be ≤ max gain");
        check(minSpeed > 0 && minSpeed <= maxSpeed, "speeds must be positive with min ≤ max");
        check(maxPitchSemitones >= 0, "max pitch shift must be ≥ 0 semitones");
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
