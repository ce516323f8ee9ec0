package dev.dartboard.audio.tts;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code dartboard dataset synth} makes.
 *
 * @param out           the data set folder (created; must be absent or empty)
 * @param words         target words (one folder each)
 * @param unknown       other words, the negatives that become {@code _unknown_}
 * @param perWord       clips per target word
 * @param perUnknown    clips per unknown word
 * @param seed          makes the whole set reproducible
 * @param sampleRate    Hz of the written WAVs
 * @param clipMs        clip length, ms
 * @param noiseSeconds  length of each {@code _background_noise_} file, seconds
 * @param mix           levels and SNRs
 * @param holdoutAccents espeak-ng accents (e.g. {@code en-029}) spoken only in the test split: with any,
 *                      {@code testing_list.txt} and {@code validation_list.txt} are written so the test
 *                      voices are never heard in training (validation: one speaker in ten of the rest)
 * @param validationAccents accents spoken only in the validation split (disjoint from the test ones): the
 *                      validation split then measures unseen voices too, so the search's architecture steps
 *                      and its ranking favour what generalises to new voices
 * @param voices        voice families spoken and held out whole ({@link VoicePlan}); a clip is test when its accent
 *                      or its family is held out for test, else validation when its accent or family is held out
 *                      for validation
 */
public record SynthSpec(Path out, List<String> words, List<String> unknown, int perWord, int perUnknown,
                        long seed, int sampleRate, int clipMs, double noiseSeconds, SynthMix mix,
                        List<String> holdoutAccents, List<String> validationAccents, VoicePlan voices) {
    public SynthSpec {
        if (voices == null) voices = VoicePlan.LEGACY;
        words = List.copyOf(words);
        unknown = List.copyOf(unknown);
        holdoutAccents = List.copyOf(holdoutAccents);
        validationAccents = List.copyOf(validationAccents);
        for (String a : concat(holdoutAccents, validationAccents))
            if (!VoiceCatalog.ACCENTS.contains(a))
                throw new IllegalArgumentException("unknown accent '" + a + "' (known: " + String.join(", ", VoiceCatalog.ACCENTS) + ")");
        for (String a : validationAccents)
            if (holdoutAccents.contains(a)) throw new IllegalArgumentException("accent '" + a + "' cannot be both a test and a validation accent");
        if (holdoutAccents.size() + validationAccents.size() >= VoiceCatalog.ACCENTS.size())
            throw new IllegalArgumentException("hold out fewer accents than all " + VoiceCatalog.ACCENTS.size());
        if (words.isEmpty()) throw new IllegalArgumentException("at least one target word is required");
        for (String w : concat(words, unknown))
            if (!w.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} '-]*"))
                throw new IllegalArgumentException("'" + w + "' is not a word (letters, digits, space, ' and - only)");
        if (perWord < 1 || perUnknown < 0) throw new IllegalArgumentException("clip counts must be positive");
        if (clipMs < 100 || sampleRate < 8000) throw new IllegalArgumentException("clip ≥ 100 ms and rate ≥ 8 kHz required");
    }

    /** The spec with the legacy voice list. */
    public SynthSpec(Path out, List<String> words, List<String> unknown, int perWord, int perUnknown,
                     long seed, int sampleRate, int clipMs, double noiseSeconds, SynthMix mix,
                     List<String> holdoutAccents, List<String> validationAccents) {
        this(out, words, unknown, perWord, perUnknown, seed, sampleRate, clipMs, noiseSeconds, mix, holdoutAccents,
                validationAccents, VoicePlan.LEGACY);
    }

    /** True when split lists are written (accents or voice families held out). */
    public boolean holdsOut() {
        return !holdoutAccents.isEmpty() || !validationAccents.isEmpty() || voices.holdsOut();
    }

    /** The spec with test accents only (validation: one speaker in ten of the rest). */
    public SynthSpec(Path out, List<String> words, List<String> unknown, int perWord, int perUnknown,
                     long seed, int sampleRate, int clipMs, double noiseSeconds, SynthMix mix, List<String> holdoutAccents) {
        this(out, words, unknown, perWord, perUnknown, seed, sampleRate, clipMs, noiseSeconds, mix, holdoutAccents, List.of());
    }

    /** The spec without held-out accents (speaker-hash splits, as GSC). */
    public SynthSpec(Path out, List<String> words, List<String> unknown, int perWord, int perUnknown,
                     long seed, int sampleRate, int clipMs, double noiseSeconds, SynthMix mix) {
        this(out, words, unknown, perWord, perUnknown, seed, sampleRate, clipMs, noiseSeconds, mix, List.of());
    }

    /** Targets then unknown words, in order. */
    public List<String> allWords() {
        return concat(words, unknown);
    }

    /** Folder name of a word: lower case, spaces as underscores. */
    public static String folderOf(String word) {
        return word.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
