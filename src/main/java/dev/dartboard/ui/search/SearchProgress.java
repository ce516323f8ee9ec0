package dev.dartboard.ui.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How far a search is and when it should end, from its steps: the steps per epoch are learnt when the second
 * epoch begins (until then progress is only whole epochs), the rate from the steps seen since this run (or
 * this resume) began. Not thread-safe; pure apart from the times it is given.
 */
final class SearchProgress {
    private final int epochs;
    private final Map<Integer, Integer> epochStart = new HashMap<>();
    private int stepsPerEpoch = -1;
    private int firstStep = -1;
    private long firstNanos;
    private int lastStep = -1;
    private int lastEpoch;
    private long lastNanos;

    /** @param epochs the run's epochs, warm-up included */
    SearchProgress(int epochs) { this.epochs = epochs; }

    /** The same run resumed: keeps the steps per epoch it learnt, times the rate afresh. */
    SearchProgress resumed() {
        SearchProgress p = new SearchProgress(epochs);
        p.stepsPerEpoch = stepsPerEpoch;
        return p;
    }

    void step(int step, int epoch, long nanos) {
        epochStart.putIfAbsent(epoch, step);
        if (stepsPerEpoch < 0 && epochStart.containsKey(epoch - 1)) stepsPerEpoch = step - epochStart.get(epoch - 1);
        if (firstStep < 0) { firstStep = step; firstNanos = nanos; }
        lastStep = step;
        lastEpoch = epoch;
        lastNanos = nanos;
    }

    /** The steps of the whole run once known, else −1. */
    int totalSteps() { return stepsPerEpoch > 0 ? stepsPerEpoch * epochs : -1; }

    /** 0..1; −1 before the first step. */
    double fraction() {
        if (lastStep < 0) return -1;
        if (totalSteps() > 0) return Math.min(1, (lastStep + 1) / (double) totalSteps());
        return Math.min(1, lastEpoch / (double) epochs);
    }

    /** e.g. "step 120 of 480 · about 3 min 20 s left", "step 12 · time left known after epoch 1", "" before the first step. */
    String text() {
        if (lastStep < 0) return "";
        if (totalSteps() <= 0) return String.format(Locale.ROOT, "step %d, epoch %d of %d · time left known after the first epoch",
                lastStep + 1, lastEpoch + 1, epochs);
        String done = String.format(Locale.ROOT, "step %d of %d, epoch %d of %d", lastStep + 1, totalSteps(), lastEpoch + 1, epochs);
        int steps = lastStep - firstStep;
        if (steps <= 0) return done;
        double perStep = (lastNanos - firstNanos) / 1e9 / steps;
        long left = Math.round(perStep * Math.max(0, totalSteps() - lastStep - 1));
        return done + " · about " + duration(left) + " left";
    }

    static String duration(long s) {
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
