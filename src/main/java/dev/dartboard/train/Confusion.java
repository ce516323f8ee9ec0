package dev.dartboard.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A confusion matrix: {@code counts[true][predicted]}, with accuracy and per-class precision / recall.
 * A class never predicted has precision 0; a class absent from the data has recall 0 (and support 0).
 * Not thread-safe while adding.
 */
public final class Confusion {
    private final List<String> labels;
    private final int[][] counts;

    public Confusion(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new int[labels.size()][labels.size()];
    }

    /** A matrix of {@code counts} [true][predicted] (copied), e.g. read back from metrics.json. */
    public static Confusion of(List<String> labels, int[][] counts) {
        Confusion c = new Confusion(labels);
        if (counts.length != labels.size()) throw new IllegalArgumentException("confusion is not " + labels.size() + " high");
        for (int t = 0; t < counts.length; t++) {
            if (counts[t].length != labels.size()) throw new IllegalArgumentException("confusion is not " + labels.size() + " wide");
            System.arraycopy(counts[t], 0, c.counts[t], 0, counts[t].length);
        }
        return c;
    }

    public void add(int truth, int predicted) { counts[truth][predicted]++; }

    /** Class names in index order. */
    public List<String> labels() { return labels; }

    public int n() {
        int n = 0;
        for (int[] row : counts) for (int c : row) n += c;
        return n;
    }

    /** Correct / all, 0 when empty. */
    public double accuracy() {
        int ok = 0;
        for (int i = 0; i < counts.length; i++) ok += counts[i][i];
        return n() == 0 ? 0 : (double) ok / n();
    }

    public double precision(int c) {
        int col = 0;
        for (int[] row : counts) col += row[c];
        return col == 0 ? 0 : (double) counts[c][c] / col;
    }

    public double recall(int c) {
        int row = support(c);
        return row == 0 ? 0 : (double) counts[c][c] / row;
    }

    public int support(int c) {
        int s = 0;
        for (int v : counts[c]) s += v;
        return s;
    }

    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) copy[i] = counts[i].clone();
        return copy;
    }

    /** {@code accuracy, n, labels, perClass{label: {precision, recall, support}}, confusion} for JSON. */
    public Map<String, Object> toJson() {
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++)
            perClass.put(labels.get(c), Map.of("precision", precision(c), "recall", recall(c), "support", support(c)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy());
        m.put("n", n());
        m.put("labels", labels);
        m.put("perClass", perClass);
        m.put("confusion", counts());
        return m;
    }
}
