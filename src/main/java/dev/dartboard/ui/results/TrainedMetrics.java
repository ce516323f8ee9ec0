package dev.dartboard.ui.results;

import java.util.List;
import java.util.Map;

/**
 * The part of a trained run's {@code metrics.json} (written by train, the format of
 * {@code Confusion.toJson}) the Results page shows. Immutable.
 *
 * @param accuracy  0..1 on {@code split}
 * @param split     test or validation
 * @param labels    class order of the matrix
 * @param confusion counts [true][predicted]
 */
public record TrainedMetrics(double accuracy, String split, List<String> labels, int[][] confusion) {
    public TrainedMetrics {
        labels = List.copyOf(labels);
    }

    /**
     * "other words rejected 92.0% (34 of 37), false accepts: marvin 2, sheila 1" from the matrix's unknown row
     * (the split's sampled other words), or "" when the split has none.
     */
    public String detectionLine() {
        dev.dartboard.train.Detection d = dev.dartboard.train.Detection.of(dev.dartboard.train.Confusion.of(labels, confusion));
        if (d.otherWords() == 0) return "";
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "other words rejected %.1f%% (%d of %d)",
                100 * d.rejectedShare(), d.rejected(), d.otherWords()));
        String accepts = d.falseAccepts().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        if (!accepts.isEmpty()) s.append(", false accepts: ").append(accepts);
        return s.toString();
    }

    /** From metrics.json read as a map; throws IllegalArgumentException when the matrix is missing or not square. */
    @SuppressWarnings("unchecked")
    public static TrainedMetrics of(Map<String, Object> m) {
        Object acc = m.get("accuracy");
        if (!(acc instanceof Number) || !(m.get("labels") instanceof List) || !(m.get("confusion") instanceof List))
            throw new IllegalArgumentException("metrics.json lacks accuracy, labels or confusion");
        List<String> labels = ((List<Object>) m.get("labels")).stream().map(String::valueOf).toList();
        List<List<Number>> rows = (List<List<Number>>) m.get("confusion");
        int[][] c = new int[rows.size()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = rows.get(i).stream().mapToInt(Number::intValue).toArray();
            if (c[i].length != labels.size()) throw new IllegalArgumentException("metrics.json's confusion matrix is not " + labels.size() + " wide");
        }
        if (c.length != labels.size()) throw new IllegalArgumentException("metrics.json's confusion matrix is not " + labels.size() + " high");
        return new TrainedMetrics(((Number) acc).doubleValue(), String.valueOf(m.getOrDefault("split", "test")), labels, c);
    }
}
