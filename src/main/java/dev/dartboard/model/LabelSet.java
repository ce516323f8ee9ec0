package dev.dartboard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The classes a keyword model predicts: {@link #SILENCE} (index 0), {@link #UNKNOWN} (index 1),
 * then the target words in the given order (as TensorFlow's speech_commands orders them).
 *
 * @param targets       the keywords, non-empty, distinct, none starting with '_'
 * @param silenceShare  fraction of each split's final size made of background-noise slices, in [0, 1)
 * @param unknownShare  fraction of each split's final size made of non-target words, in [0, 1)
 */
public record LabelSet(List<String> targets, double silenceShare, double unknownShare) {
    public static final String SILENCE = "_silence_";
    public static final String UNKNOWN = "_unknown_";
    /** One in twelve: with ten keywords every class is about equally frequent. */
    public static final double DEFAULT_SHARE = 1.0 / 12;
    /** The ten GSC command words of the standard 12-class benchmark. */
    public static final List<String> GSC_TEN =
            List.of("yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go");

    public LabelSet {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) throw new IllegalArgumentException("at least one target word is required");
        if (new HashSet<>(targets).size() != targets.size())
            throw new IllegalArgumentException("target words must be distinct: " + targets);
        for (String t : targets)
            if (t.isBlank() || t.startsWith("_"))
                throw new IllegalArgumentException("invalid target word '" + t + "'");
        if (silenceShare < 0 || unknownShare < 0 || silenceShare + unknownShare >= 1)
            throw new IllegalArgumentException("shares must be ≥ 0 and sum below 1: "
                    + silenceShare + " + " + unknownShare);
    }

    /** An unknown share that takes every other-word clip of a split (the sampler caps at what exists). */
    public static final double ALL_OTHER_WORDS = 0.999;

    /** Up to this many targets a model is a detector of a few names, and its unknown class is sized for that. */
    public static final int DETECTOR_TARGETS = 3;

    /**
     * The unknown share for {@code targets} keywords, given the share for the 12-class task: a detector of one to
     * {@value #DETECTOR_TARGETS} names must learn that every other word is "none of them", so its unknown class
     * is as large as one target class more, 1 / (targets + 1) (1/2, 1/3, 1/4); larger vocabularies keep
     * {@code base}. A user's explicit share (a manifest) is not resized.
     */
    public static double unknownShareFor(int targets, double base) {
        return targets <= DETECTOR_TARGETS ? Math.max(base, 1.0 / (targets + 1)) : base;
    }

    /** The targets with the default shares (1/12 silence, 1/12 unknown). */
    public static LabelSet of(List<String> targets) {
        return new LabelSet(targets, DEFAULT_SHARE, DEFAULT_SHARE);
    }

    /** All class names in index order: silence, unknown, then the targets. */
    public List<String> labels() {
        List<String> all = new ArrayList<>(targets.size() + 2);
        all.add(SILENCE);
        all.add(UNKNOWN);
        all.addAll(targets);
        return List.copyOf(all);
    }

    /** Number of classes (targets + 2). */
    public int size() { return targets.size() + 2; }

    /** The class index of a folder word: its target index + 2, or that of {@link #UNKNOWN}. */
    public int indexOfWord(String word) {
        int i = targets.indexOf(word);
        return i < 0 ? 1 : i + 2;
    }
}
