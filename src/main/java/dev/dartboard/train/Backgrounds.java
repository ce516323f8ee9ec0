package dev.dartboard.train;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.tts.NoiseGenerator;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.Dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Noise clips for audio augmentation: the data set's {@code _background_noise_} files when it has any
 * (GSC layout), else {@value #GENERATED_SECONDS} s of each generated noise kind ({@link NoiseGenerator},
 * seeded). Stateless.
 */
public final class Backgrounds {
    static final double GENERATED_SECONDS = 10;

    private Backgrounds() { }

    /** @throws IOException naming the noise file that cannot be read */
    public static List<PcmClip> of(Dataset dataset, ClipReader reader, int rate, long seed) throws IOException {
        List<PcmClip> clips = new ArrayList<>();
        for (String rel : dataset.noiseFiles()) {
            try {
                clips.add(new PcmClip(reader.read(dataset.resolve(rel), rate).clip().samples(), rate));
            } catch (IOException e) {
                throw new IOException(dataset.resolve(rel) + ": background noise unreadable: " + e.getMessage(), e);
            }
        }
        if (!clips.isEmpty()) return clips;
        NoiseGenerator gen = new NoiseGenerator();
        for (NoiseGenerator.Kind k : NoiseGenerator.Kind.values())
            clips.add(new PcmClip(gen.generate(k, rate, GENERATED_SECONDS, seed + k.ordinal()), rate));
        return clips;
    }
}
