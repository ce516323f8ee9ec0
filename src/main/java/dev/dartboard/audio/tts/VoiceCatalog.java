package dev.dartboard.audio.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The synthetic speakers Dartboard draws from: English espeak-ng accents × voice variants ×
 * rates × pitches. Deterministic for a seed. Immutable, thread-safe.
 */
public final class VoiceCatalog {
    /** English accents shipped with every espeak-ng install (no mbrola needed). */
    public static final List<String> ACCENTS = List.of("en-us", "en-gb", "en-gb-scotland",
            "en-gb-x-rp", "en-gb-x-gbclan", "en-gb-x-gbcwmd", "en-029");
    /** espeak-ng voice variants: male, female and a few characterful ones. */
    public static final List<String> VARIANTS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7",
            "f1", "f2", "f3", "f4", "f5", "klatt", "klatt2", "klatt3", "croak", "whisper", "");

    private final int minWpm;
    private final int maxWpm;
    private final int minPitch;
    private final int maxPitch;

    public VoiceCatalog(int minWpm, int maxWpm, int minPitch, int maxPitch) {
        if (minWpm < 80 || maxWpm > 450 || minWpm > maxWpm)
            throw new IllegalArgumentException("speaking rate must lie in 80..450 wpm: " + minWpm + ".." + maxWpm);
        if (minPitch < 0 || maxPitch > 99 || minPitch > maxPitch)
            throw new IllegalArgumentException("pitch must lie in 0..99: " + minPitch + ".." + maxPitch);
        this.minWpm = minWpm;
        this.maxWpm = maxWpm;
        this.minPitch = minPitch;
        this.maxPitch = maxPitch;
    }

    /** Rates 120..220 wpm, pitches 25..75: natural-sounding keyword takes. */
    public static VoiceCatalog standard() {
        return new VoiceCatalog(120, 220, 25, 75);
    }

    /** Number of distinct speakers (accent × variant). */
    public int speakers() {
        return ACCENTS.size() * VARIANTS.size();
    }

    /** {@code n} voices of the legacy {@link #VARIANTS}: speakers cycled in a seeded order, each with a seeded rate and pitch. */
    public List<Voice> sample(int n, Random rng) {
        return sample(n, rng, VARIANTS);
    }

    /**
     * {@code n} voices of {@code variants} in every accent: speakers (accent × variant) cycled in a seeded order,
     * each with a seeded rate and pitch.
     */
    public List<Voice> sample(int n, Random rng, List<String> variants) {
        return sample(n, rng, ACCENTS, variants);
    }

    /** As {@link #sample(int, Random, List)} over {@code accents} (an engine without accents passes {@code ""}). */
    public List<Voice> sample(int n, Random rng, List<String> accents, List<String> variants) {
        if (variants.isEmpty() || accents.isEmpty()) throw new IllegalArgumentException("no voice variants to speak with");
        List<int[]> speakers = new ArrayList<>();
        for (int a = 0; a < accents.size(); a++)
            for (int v = 0; v < variants.size(); v++) speakers.add(new int[]{a, v});
        java.util.Collections.shuffle(speakers, rng);
        List<Voice> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] s = speakers.get(i % speakers.size());
            out.add(new Voice(accents.get(s[0]), variants.get(s[1]),
                    between(rng, minWpm, maxWpm), between(rng, minPitch, maxPitch)));
        }
        return out;
    }

    private static int between(Random rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }
}
