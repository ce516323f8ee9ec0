package dev.dartboard.audio.tts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The {@code random} voice family's voices: espeak-ng variant files drawn from a seed, each a speaker of its own on
 * the formant synthesizer (never the Klatt one, so the {@code klatt} and {@code klatt-voices} families stay unheard
 * voice models when they are held out). Per voice: a vocal tract length (all formant frequencies scaled together,
 * 0.84–1.20, higher for female voices) with a small jitter per formant, formant strengths and widths, a pitch base
 * and range, and on some voices breath (aspiration), a spectral tilt ({@code tone}), flutter, roughness, less voicing,
 * softer or harder consonants and an echo. The point is variety a model cannot memorise: training on many voice
 * models, rather than a few hand-made ones, is what carries over to voice models it never heard.
 * Deterministic for (seed, names); stateless.
 */
public final class RandomVoices {
    private RandomVoices() { }

    /** The variant files for {@code names}, in order: name to file text. */
    public static Map<String, String> files(long seed, List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++)
            out.put(names.get(i), file(names.get(i), new Random(DatasetSynthesizer.mix(seed, -3, i))));
        return out;
    }

    /** One variant file drawn from {@code rng}. */
    static String file(String name, Random rng) {
        boolean female = rng.nextBoolean();
        StringBuilder b = new StringBuilder();
        b.append("language variant\n");
        b.append("name ").append(name).append('\n');
        b.append("gender ").append(female ? "female" : "male").append('\n');
        int base = female ? between(rng, 140, 240) : between(rng, 65, 135);
        int top = (int) Math.round(base * (1.2 + 0.5 * rng.nextDouble()));
        b.append("pitch ").append(base).append(' ').append(top).append('\n');
        double tract = female ? 1.02 + 0.18 * rng.nextDouble() : 0.84 + 0.20 * rng.nextDouble();
        for (int k = 0; k <= 8; k++) {
            int freq = (int) Math.round(100 * tract * (0.94 + 0.12 * rng.nextDouble()));
            int height = k == 0 ? between(rng, 70, 130) : between(rng, 60, 130);
            int width = between(rng, 70, 170);
            b.append(String.format(Locale.ROOT, "formant %d %d %d %d%n", k, freq, height, width));
        }
        if (rng.nextDouble() < 0.3) {
            b.append("breath");
            int amount = between(rng, 2, 40);
            for (int k = 1; k <= 8; k++) b.append(' ').append(Math.max(0, amount - between(rng, 0, amount)));
            b.append('\n');
        }
        if (rng.nextDouble() < 0.5)
            b.append(String.format(Locale.ROOT, "tone 600 %d 1200 %d 2000 %d%n",
                    between(rng, 120, 255), between(rng, 60, 255), between(rng, 20, 255)));
        b.append("flutter ").append(between(rng, 0, 25)).append('\n');
        b.append("roughness ").append(between(rng, 0, 4)).append('\n');
        if (rng.nextDouble() < 0.3) b.append("voicing ").append(between(rng, 55, 100)).append('\n');
        b.append("consonants ").append(between(rng, 70, 140)).append('\n');
        if (rng.nextDouble() < 0.25) b.append("echo ").append(between(rng, 40, 160)).append(' ').append(between(rng, 3, 15)).append('\n');
        return b.toString();
    }

    private static int between(Random rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }
}
