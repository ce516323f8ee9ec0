package dev.dartboard.train;

import dev.dartboard.audio.AudioEffects;
import dev.dartboard.audio.Augmenter;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.Resampler;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Waveform augmentation of one training example: an optional speed change (factor uniform in
 * [1 − c, 1 + c], the result centred in the original length: cropped or zero-padded evenly on both sides),
 * then {@link Augmenter} (gain, shift, background noise at a drawn SNR over the whole clip). The output
 * has the input's length and depends only on (seed, mode, backgrounds, clip, draw). Thread-safe.
 */
public final class WaveAugmentation {
    private final long seed;
    private final double speedChange;
    private final Augmenter augmenter;
    private final AudioEffects effects;

    /** @param backgrounds noise clips at {@code rate} (see {@link Backgrounds}); may be empty */
    public WaveAugmentation(long seed, Augment mode, List<PcmClip> backgrounds) {
        this.seed = seed;
        this.speedChange = mode.speedChange();
        this.effects = new AudioEffects(new Resampler());
        this.augmenter = new Augmenter(seed, mode.spec(), backgrounds, effects);
    }

    /** The Augmenter's parameters of draw {@code draw} (gain, shift, background, SNR). */
    public Augmenter.Draw draw(long draw) { return augmenter.draw(draw); }

    /**
     * Speed factors are drawn on a grid of this step (41 factors at ±10%). The resampler keeps polyphase tables per
     * pair of rates, so a few pairs are converted at one multiply-add per tap; a factor drawn from the continuum was a
     * new pair every clip, converted tap by tap from the kernel table: 23 ms a clip, 1.8 s of a 64-clip batch's 2.0 s.
     */
    static final double SPEED_STEP = 0.005;

    /** The speed factor of draw {@code draw}: uniform over the grid 1 + k·{@link #SPEED_STEP} within [1 − c, 1 + c] (1 when speed is off). */
    public double speed(long draw) {
        if (speedChange == 0) return 1;
        long steps = Math.round(speedChange / SPEED_STEP);
        long k = new SplittableRandom(seed * 0x2545F4914F6CDD1DL + draw).nextLong(-steps, steps + 1);
        return 1 + k * SPEED_STEP;
    }

    /** A new array of {@code clip.length} samples at {@code rate}; {@code clip} is not modified. */
    public float[] apply(float[] clip, int rate, long draw) {
        float[] x = clip;
        double s = speed(draw);
        if (s != 1) x = centred(effects.speed(clip, rate, s), clip.length);
        return augmenter.augment(new PcmClip(x, rate), draw).samples();
    }

    private static float[] centred(float[] x, int n) {
        float[] y = new float[n];
        int pad = (n - x.length) / 2;
        for (int i = 0; i < n; i++) {
            int from = i - pad;
            if (from >= 0 && from < x.length) y[i] = x[from];
        }
        return y;
    }
}
