package dev.dartboard.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * One epoch of shuffled mini-batches from a {@link FeatureTable}: every example appears exactly
 * once (or not at all in a dropped last partial batch). The order is a seeded Fisher–Yates shuffle
 * of (seed, epoch). Not thread-safe; the table may be shared.
 */
public final class BatchIterator implements Iterator<Batch> {
    private final FeatureTable table;
    private final int[] rows;
    private final int[] labels;
    private final int classes;
    private final BatchOptions options;
    private final int[] order;
    private int next;

    /** @param rows table rows and {@code labels} their classes, same length */
    public BatchIterator(FeatureTable table, int[] rows, int[] labels, int classes, BatchOptions options, int epoch) {
        if (rows.length != labels.length) throw new IllegalArgumentException("rows and labels differ in length");
        this.table = table;
        this.rows = rows.clone();
        this.labels = labels.clone();
        this.classes = classes;
        this.options = options;
        this.order = shuffled(rows.length, new Random(options.seed() * 1_000_003L + epoch));
    }

    /** The examples of a split that the table holds (rejected inputs skipped). */
    public static BatchIterator of(FeatureTable table, List<Example> examples, int classes, BatchOptions options, int epoch) {
        List<int[]> kept = new ArrayList<>();
        for (Example e : examples) {
            int row = table.rowOf(e.source());
            if (row >= 0) kept.add(new int[] {row, e.label()});
        }
        int[] rows = kept.stream().mapToInt(p -> p[0]).toArray();
        int[] labels = kept.stream().mapToInt(p -> p[1]).toArray();
        return new BatchIterator(table, rows, labels, classes, options, epoch);
    }

    @Override
    public boolean hasNext() {
        int left = order.length - next;
        return options.dropLast() ? left >= options.batchSize() : left > 0;
    }

    @Override
    public Batch next() {
        if (!hasNext()) throw new NoSuchElementException();
        int b = Math.min(options.batchSize(), order.length - next);
        int len = table.rowLength();
        float[] x = new float[b * len];
        int[] batchRows = new int[b];
        int[] y = new int[b];
        for (int i = 0; i < b; i++) {
            int k = order[next + i];
            batchRows[i] = rows[k];
            y[i] = labels[k];
            table.copyRow(rows[k], x, i * len);
        }
        next += b;
        return new Batch(features(x, b), labels(y), batchRows);
    }

    private INDArray features(float[] x, int b) {
        long[] shape = options.layout() == BatchOptions.Layout.NHWC
                ? new long[] {b, table.frames(), table.features(), 1}
                : new long[] {b, table.frames(), table.features()};
        return Nd4j.create(x, shape, 'c');
    }

    private INDArray labels(int[] y) {
        if (options.labels() == BatchOptions.Labels.INDEX) return Nd4j.createFromArray(y);
        float[] hot = new float[y.length * classes];
        for (int i = 0; i < y.length; i++) hot[i * classes + y[i]] = 1f;
        return Nd4j.create(hot, new long[] {y.length, classes}, DataType.FLOAT);
    }

    private static int[] shuffled(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
