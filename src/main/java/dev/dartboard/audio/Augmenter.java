package dev.dartboard.audio;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws augmentation parameters from an {@link AugmentSpec} and applies them in the order speed,
 * pitch, gain, shift, background noise (the SNR is relative to the clip after gain). The result of
 * {@code augment(clip, draw)} depends only on the seed, the spec, the backgrounds, the clip and
 * {@code draw} (e.g. epoch × dataset size + index), so it is reproducible and thread-safe.
 * A speed change alters the clip's length; callers fit it to their window.
 */
public final class Augmenter {
    private final long seed;
    private final AugmentSpec spec;
    private final List<PcmClip> backgrounds;
    private final AudioEffects effects;

    /** @param backgrounds noise clips at the rate of the clips to augment (may be empty) */
    public Augmenter(long seed, AugmentSpec spec, List<PcmClip> backgrounds, AudioEffects effects) {
        this.seed = seed;
        this.spec = spec;
        this.backgrounds = List.copyOf(backgrounds);
        this.effects = effects;
    }

    /** The parameters drawn for one clip (for logs and tests). */
    public record Draw(double speed, double pitchSemitones, double gainDb, double shiftMs,
                       int background, int noiseOffset, double snrDb) { }

    /** The parameters of draw number {@code draw}; background is −1 when no noise is mixed. */
    public Draw draw(long draw) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + draw);
        double speed = uniform(r, spec.minSpeed(), spec.maxSpeed());
        double pitch = uniform(r, -spec.maxPitchSemitones(), spec.maxPitchSemitones());
        double gain = uniform(r, spec.minGainDb(), spec.maxGainDb());
        double shift = uniform(r, -spec.maxShiftMs(), spec.maxShiftMs());
        boolean noisy = !backgrounds.isEmpty() && r.nextDouble() < spec.noiseProbability();
        int background = noisy ? r.nextInt(backgrounds.size()) : -1;
        int offset = noisy ? r.nextInt(Math.max(1, backgrounds.get(background).samples().length)) : 0;
        double snr = uniform(r, spec.minSnrDb(), spec.maxSnrDb());
        return new Draw(speed, pitch, gain, shift, background, offset, snr);
    }

    /** {@code clip} augmented with the parameters of {@link #draw(long)}; a new clip at the same rate. */
    public PcmClip augment(PcmClip clip, long draw) {
        Draw d = draw(draw);
        int rate = clip.sampleRate();
        float[] x = clip.samples();
        if (d.speed() != 1) x = effects.speed(x, rate, d.speed());
        if (d.pitchSemitones() != 0) x = effects.pitchShift(x, rate, d.pitchSemitones());
        if (d.gainDb() != 0) x = effects.gain(x, d.gainDb());
        x = effects.shift(x, (int) Math.round(d.shiftMs() * rate / 1000));
        if (d.background() >= 0) x = effects.mixAtSnr(x, background(d.background(), rate), d.snrDb(), d.noiseOffset());
        return new PcmClip(x, rate);
    }

    private float[] background(int index, int rate) {
        PcmClip b = backgrounds.get(index);
        if (b.sampleRate() != rate)
            throw new IllegalArgumentException("background " + index + " is at " + b.sampleRate() + " Hz, clip at " + rate + " Hz");
        return b.samples();
    }

    private static double uniform(SplittableRandom r, double min, double max) {
        double u = r.nextDouble();
        return min == max ? min : min + (max - min) * u;
    }
}
