package dev.dartboard.audio.tts;

/**
 * How synthetic clips are mixed.
 *
 * @param minPeakDb        lowest word peak, dBFS (e.g. −18)
 * @param maxPeakDb        highest word peak, dBFS (≤ 0)
 * @param minSnrDb         lowest speech-to-noise ratio, dB
 * @param maxSnrDb         highest speech-to-noise ratio, dB
 * @param noiseProbability share of clips that get background noise, 0..1
 */
public record SynthMix(double minPeakDb, double maxPeakDb, double minSnrDb, double maxSnrDb,
                       double noiseProbability) {
    public SynthMix {
        if (minPeakDb > maxPeakDb || maxPeakDb > 0)
            throw new IllegalArgumentException("peak levels must satisfy min ≤ max ≤ 0 dBFS");
        if (minSnrDb > maxSnrDb) throw new IllegalArgumentException("SNR range is empty: " + minSnrDb + ".." + maxSnrDb);
        if (noiseProbability < 0 || noiseProbability > 1)
            throw new IllegalArgumentException("noise probability must lie in 0..1: " + noiseProbability);
    }

    /** Peaks −18..−3 dBFS, SNR 5..30 dB, 80% of clips noisy. */
    public static SynthMix standard() {
        return new SynthMix(-18, -3, 5, 30, 0.8);
    }
}
