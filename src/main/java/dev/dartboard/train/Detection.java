package dev.dartboard.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a keyword detector does to a user: how many takes of each keyword it detects, and how many other words
 * it rejects (predicted {@code _unknown_} or {@code _silence_}) or falsely accepts as a keyword. Read off a
 * {@link Confusion} whose label order is silence, unknown, then the targets, and whose unknown row holds every
 * other-word clip of the split (not the sampled twelfth the accuracy uses). Immutable.
 *
 * @param detected       per target: share of its clips predicted as that target
 * @param otherWords     other-word clips judged
 * @param rejected       of them, predicted silence or unknown
 * @param falseAccepts   per target: other-word clips predicted as that target
 */
public record Detection(Map<String, Double> detected, int otherWords, int rejected, Map<String, Integer> falseAccepts) {
    public Detection {
        detected = Map.copyOf(detected);
        falseAccepts = Map.copyOf(falseAccepts);
    }

    /** Reads a confusion in {@link dev.dartboard.model.LabelSet} order (0 silence, 1 unknown, 2.. targets). */
    public static Detection of(Confusion c) {
        int[][] m = c.counts();
        List<String> labels = c.labels();
        Map<String, Double> detected = new LinkedHashMap<>();
        Map<String, Integer> falseAccepts = new LinkedHashMap<>();
        for (int t = 2; t < labels.size(); t++) {
            detected.put(labels.get(t), c.recall(t));
            falseAccepts.put(labels.get(t), m[1][t]);
        }
        int others = 0;
        for (int p = 0; p < labels.size(); p++) others += m[1][p];
        return new Detection(detected, others, m[1][0] + m[1][1], falseAccepts);
    }

    /** Share of other words rejected (NaN when there are none). */
    public double rejectedShare() {
        return otherWords == 0 ? Double.NaN : (double) rejected / otherWords;
    }

    /** Share of other words accepted as some keyword (NaN when there are none). */
    public double falseAcceptShare() {
        return otherWords == 0 ? Double.NaN : 1 - rejectedShare();
    }

    /** {@code detected{word: share}, otherWords, rejected, rejectedShare, falseAcceptShare, falseAccepts{word: n}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detected", new LinkedHashMap<>(detected));
        m.put("otherWords", otherWords);
        m.put("rejected", rejected);
        m.put("rejectedShare", rejectedShare());
        m.put("falseAcceptShare", falseAcceptShare());
        m.put("falseAccepts", new LinkedHashMap<>(falseAccepts));
        return m;
    }
}
