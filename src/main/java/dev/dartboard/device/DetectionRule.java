package dev.dartboard.device;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The board's keyword detection rule ({@code firmware/core/dp_listen.h}), integer for integer, so the
 * host predicts exactly what the board reports: keep the last {@code average} int8 score vectors; once
 * there are that many, sum them per label; the top label (lowest index on ties) is a detection when its
 * name does not start with '_', its sum reaches {@code threshold * average}, and at least
 * {@code refractoryMs} passed since the previous detection. Score = sum / average (truncated).
 * Not thread-safe: one rule per stream.
 */
public final class DetectionRule {
    /** The simulator's options {@code --average --threshold --every-frames --refractory-ms}. */
    public record Config(int average, int threshold, int everyFrames, long refractoryMs) {
        public Config {
            if (average < 1 || average > 8 || everyFrames < 1 || threshold < -128 || threshold > 127 || refractoryMs < 0)
                throw new IllegalArgumentException("detection rule: average 1..8, threshold -128..127, every-frames >= 1, refractory >= 0");
        }

        /** The firmware's defaults. */
        public static Config defaults() { return new Config(3, 0, 5, 1000); }
    }

    /** One detection: label index and name, averaged int8 score, stream time in ms. */
    public record Detection(int label, String name, int score, long timeMs) { }

    private final Config config;
    private final List<String> labels;
    private final Deque<byte[]> recent = new ArrayDeque<>();
    private long lastMs = -1;

    public DetectionRule(Config config, List<String> labels) {
        this.config = config;
        this.labels = List.copyOf(labels);
    }

    /** Feeds one inference's int8 scores at stream time {@code nowMs}; the detection, or null. */
    public Detection update(byte[] scores, long nowMs) {
        recent.addLast(scores.clone());
        if (recent.size() > config.average()) recent.removeFirst();
        if (recent.size() < config.average()) return null;
        int best = -1, bestSum = 0;
        for (int i = 0; i < scores.length; i++) {
            int sum = 0;
            for (byte[] s : recent) sum += s[i];
            if (best < 0 || sum > bestSum) { best = i; bestSum = sum; }
        }
        String name = labels.get(best);
        if (name.startsWith("_") || bestSum < config.threshold() * config.average()) return null;
        if (lastMs >= 0 && nowMs - lastMs < config.refractoryMs()) return null;
        lastMs = nowMs;
        return new Detection(best, name, bestSum / config.average(), nowMs);
    }
}
