package dev.dartboard.train;

import dev.dartboard.audio.AugmentSpec;

import java.util.Locale;

/**
 * How training examples are varied each epoch. NONE and SHIFT reuse the cached features (SHIFT moves each
 * example by up to ± {@code TrainConfig.maxShift} frames); AUDIO and AUDIO_SPEED re-featurize the waveform of
 * every training example per epoch after {@link WaveAugmentation} (Google's KWS recipe: background noise with
 * probability 0.8 at an SNR in [{@value #MIN_SNR_DB}, {@value #MAX_SNR_DB}] dB, ±100 ms shift, ±6 dB gain;
 * AUDIO_SPEED adds a speed change of ±{@value #SPEED_CHANGE}).
 */
public enum Augment {
    NONE, SHIFT, AUDIO, AUDIO_SPEED;

    static final double MIN_SNR_DB = 3, MAX_SNR_DB = 25, SPEED_CHANGE = 0.1;

    /** The waveform spec of the audio modes (speed is applied by {@link WaveAugmentation} itself). */
    public AugmentSpec spec() {
        return this == NONE || this == SHIFT ? AugmentSpec.NONE
                : new AugmentSpec(100, 0.8, MIN_SNR_DB, MAX_SNR_DB, -6, 6, 1, 1, 0);
    }

    /** Largest relative speed change drawn (0 = none). */
    public double speedChange() { return this == AUDIO_SPEED ? SPEED_CHANGE : 0; }

    /** True when the waveform is augmented and re-featurized. */
    public boolean audio() { return this == AUDIO || this == AUDIO_SPEED; }

    /** The CLI spelling: none, shift, audio, audio+speed. */
    public String cliName() { return name().toLowerCase(Locale.ROOT).replace('_', '+'); }

    /** Parses {@link #cliName()}; the error lists the accepted names. */
    public static Augment parse(String name) {
        for (Augment a : values()) if (a.cliName().equalsIgnoreCase(name.trim())) return a;
        throw new IllegalArgumentException("unknown augmentation '" + name + "': use none, shift, audio or audio+speed");
    }
}
