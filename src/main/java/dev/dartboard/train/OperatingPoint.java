package dev.dartboard.train;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.LabelSet;

import java.util.ArrayList;
import java.util.List;

/**
 * A detector's operating point: one bias added to the logits of the two reject classes ({@code _silence_} and
 * {@code _unknown_}, labels 0 and 1 of a {@link dev.dartboard.model.LabelSet}). A positive bias rejects more other
 * words and detects fewer keywords; a negative one the reverse. It is chosen on the validation split — keyword
 * clips and every other-word clip of it — so that keyword detection and other-word rejection reach their
 * {@link Targets} as evenly as possible: the bias maximising min(detection / target, rejection / target) over a
 * grid, the centre of the best plateau (validation sets are small; the centre is the choice least tied to one clip).
 * Folded into the last layer's bias ({@link #apply}), so the float model, the int8 model, every export and the
 * board all run at that point. Stateless.
 */
public final class OperatingPoint {
    /** The bias grid: −{@value #RANGE} .. +{@value #RANGE} in steps of {@value #STEP} (logit units). */
    static final double RANGE = 4, STEP = 0.125;

    private OperatingPoint() { }

    /**
     * What a detector should reach: the mean share of keyword clips detected, the share of other words rejected.
     * Defaults 90% and 95% (one false accept in twenty other words).
     */
    public record Targets(double detection, double rejection) {
        public Targets {
            if (!(detection > 0 && detection <= 1 && rejection > 0 && rejection <= 1))
                throw new IllegalArgumentException("operating-point targets must be in (0, 1]: " + detection + ", " + rejection);
        }

        public static Targets defaults() { return new Targets(0.90, 0.95); }
    }

    /**
     * Detection at one bias.
     *
     * @param detection    mean over the targets that have clips of the share detected as themselves (NaN: none)
     * @param rejection    share of other-word clips predicted silence or unknown (NaN: none)
     * @param keywordClips clips of target words judged
     * @param otherWords   other-word clips judged
     */
    public record Rates(double detection, double rejection, int keywordClips, int otherWords) { }

    /**
     * How a training run sets its operating point: chosen on the validation split ({@code auto}), or a fixed bias
     * ({@code off} is bias 0: the plain argmax classifier).
     */
    public record Setting(boolean auto, double bias) {
        public Setting {
            if (!Double.isFinite(bias)) throw new IllegalArgumentException("operating-point bias must be finite: " + bias);
            if (auto && bias != 0) throw new IllegalArgumentException("an automatic operating point has no fixed bias");
        }

        public static Setting chosen() { return new Setting(true, 0); }

        public static Setting fixed(double bias) { return new Setting(false, bias); }

        /**
         * The default for a label set: chosen for a detector of a few names (at most {@link LabelSet#DETECTOR_TARGETS}), whose
         * user meets every false accept; off for a command set, which is judged by its accuracy over all classes.
         */
        public static Setting defaultFor(LabelSet labels) { return labels.targets().size() <= LabelSet.DETECTOR_TARGETS ? chosen() : fixed(0); }

        /** {@code auto}, {@code off} or a bias in logit units (e.g. {@code 0.5}). */
        public static Setting parse(String text) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("auto")) return chosen();
            if (t.equals("off")) return fixed(0);
            try {
                return fixed(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not auto, off or a bias such as 0.5");
            }
        }

        @Override public String toString() { return auto ? "auto" : bias == 0 ? "off" : Double.toString(bias); }
    }

    /** The chosen bias with the validation rates before (bias 0) and after it. */
    public record Choice(double bias, Rates before, Rates after) { }

    /**
     * The rates of clips with true labels {@code truth} and logits {@code logits} when {@code bias} is added to
     * logits 0 and 1. Silence clips (label 0) are not judged.
     */
    public static Rates rates(int[] truth, float[][] logits, double bias) {
        int labels = logits.length == 0 ? 0 : logits[0].length;
        int[] hit = new int[labels], seen = new int[labels];
        int others = 0, rejected = 0;
        for (int i = 0; i < truth.length; i++) {
            int p = predicted(logits[i], bias);
            if (truth[i] == 1) {
                others++;
                if (p < 2) rejected++;
            } else if (truth[i] >= 2) {
                seen[truth[i]]++;
                if (p == truth[i]) hit[truth[i]]++;
            }
        }
        double sum = 0;
        int targets = 0, keywords = 0;
        for (int t = 2; t < labels; t++) {
            if (seen[t] == 0) continue;
            sum += (double) hit[t] / seen[t];
            targets++;
            keywords += seen[t];
        }
        return new Rates(targets == 0 ? Double.NaN : sum / targets, others == 0 ? Double.NaN : (double) rejected / others,
                keywords, others);
    }

    /**
     * The bias for these validation clips, or 0 (with before = after) when they hold no keyword clip or no
     * other word (nothing to balance).
     */
    public static Choice choose(int[] truth, float[][] logits, Targets targets) {
        Rates before = rates(truth, logits, 0);
        if (before.keywordClips() == 0 || before.otherWords() == 0) return new Choice(0, before, before);
        int n = (int) Math.round(2 * RANGE / STEP) + 1;
        double[] score = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            score[i] = score(rates(truth, logits, -RANGE + i * STEP), targets);
            best = Math.max(best, score[i]);
        }
        // the longest run of grid points at the best score; its centre
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < n; ) {
            if (score[i] < best) { i++; continue; }
            int j = i;
            while (j < n && score[j] >= best) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        double bias = -RANGE + (bestStart + (bestLen - 1) / 2) * STEP;
        return new Choice(bias, before, rates(truth, logits, bias));
    }

    /**
     * How well rates meet the targets: min(detection / target, rejection / target); 1 meets both exactly. What
     * {@link #choose} maximises, and what a detector's epochs are chosen by ({@link TrainConfig#chooseByDetection()}).
     */
    public static double score(Rates r, Targets targets) {
        return Math.min(r.detection() / targets.detection(), r.rejection() / targets.rejection());
    }

    /** {@code model} with {@code bias} added to its last layer's biases of labels 0 and 1 (a copy; 0: the model itself). */
    public static FloatModel apply(FloatModel model, double bias) {
        if (bias == 0) return model;
        List<FloatOp> ops = new ArrayList<>(model.ops());
        FloatOp last = ops.get(ops.size() - 1);
        if (last.kind() != FloatOp.Kind.FULLY_CONNECTED || last.bias() == null)
            throw new IllegalArgumentException("the operating point needs a model whose last op is a fully connected layer with biases");
        float[] b = last.bias().clone();
        b[0] += (float) bias;
        b[1] += (float) bias;
        ops.set(ops.size() - 1, last.withBias(b));
        return new FloatModel(model.name(), model.dataConfig(), model.input(), ops, model.labels());
    }

    private static int predicted(float[] logits, double bias) {
        int best = 0;
        double bestV = logits[0] + bias;
        for (int k = 1; k < logits.length; k++) {
            double v = k < 2 ? logits[k] + bias : logits[k];
            if (v > bestV) { best = k; bestV = v; }
        }
        return best;
    }
}
