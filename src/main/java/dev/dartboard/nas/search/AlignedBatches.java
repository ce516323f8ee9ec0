package dev.dartboard.nas.search;

import dev.dartboard.data.Example;
import dev.dartboard.data.FeatureTable;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Split;
import dev.dartboard.nas.Supernet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Mini-batches that hold the same clips under every data config (the supernet sees clip j through
 * each stem). Each config's {@link PreparedData} was drawn with the same seed, so example j of a split
 * is the same file in every plan; only {@code _silence_} slices differ (offsets are drawn at each
 * config's rate) and are matched by position and label. An example rejected under any config is
 * dropped from all. Feeds: {@code x<j>} [B, frames, features, 1] for the j-th active config, and
 * {@code label} [B, classes] one-hot. Immutable after construction; iterators are not thread-safe.
 */
public final class AlignedBatches {
    private final List<FeatureTable> tables = new ArrayList<>();
    private final Map<Split, int[][]> rows = new EnumMap<>(Split.class);
    private final Map<Split, int[]> labels = new EnumMap<>(Split.class);
    private final int classes;

    /** @throws IllegalArgumentException when the plans do not line up (different data, seed or labels) */
    public AlignedBatches(List<PreparedData> data) {
        PreparedData first = data.get(0);
        this.classes = first.plan().labels().labels().size();
        for (PreparedData d : data) {
            if (!d.plan().labels().equals(first.plan().labels())) throw new IllegalArgumentException("label sets differ between configs");
            tables.add(d.table());
        }
        for (Split s : Split.values()) align(s, data);
    }

    public int classes() { return classes; }

    /** Examples of {@code split} present under every config. */
    public int size(Split split) { return labels.get(split).length; }

    /** Label of each aligned example of the split (a copy). */
    public int[] labels(Split split) { return labels.get(split).clone(); }

    /**
     * One epoch of the split in a (seed, epoch)-shuffled order; {@code active.get()[j]} = config fed as
     * {@code x<j>}, asked per batch (the active set shrinks when γ freezes mid-epoch).
     */
    public Iterator<Map<String, INDArray>> epoch(Split split, int epoch, int batch, long seed, Supplier<int[]> active) {
        int n = size(split);
        int[] order = shuffled(n, new Random(seed * 1_000_003L + epoch));
        return new Iterator<>() {
            int next;

            @Override public boolean hasNext() { return next < n; }

            @Override public Map<String, INDArray> next() {
                if (!hasNext()) throw new NoSuchElementException();
                int b = Math.min(batch, n - next);
                Map<String, INDArray> feeds = feeds(split, order, next, b, active.get());
                next += b;
                return feeds;
            }
        };
    }

    private Map<String, INDArray> feeds(Split split, int[] order, int from, int b, int[] active) {
        Map<String, INDArray> feeds = new HashMap<>();
        for (int j = 0; j < active.length; j++) {
            FeatureTable t = tables.get(active[j]);
            float[] x = new float[b * t.rowLength()];
            for (int i = 0; i < b; i++) t.copyRow(rows.get(split)[active[j]][order[from + i]], x, i * t.rowLength());
            feeds.put(Supernet.input(j), Nd4j.create(x, new long[]{b, t.frames(), t.features(), 1}, 'c'));
        }
        float[] hot = new float[b * classes];
        for (int i = 0; i < b; i++) hot[i * classes + labels.get(split)[order[from + i]]] = 1f;
        feeds.put(Supernet.LABEL, Nd4j.create(hot, new long[]{b, classes}, 'c'));
        return feeds;
    }

    private void align(Split s, List<PreparedData> data) {
        List<Example> ref = data.get(0).plan().of(s);
        for (PreparedData d : data)
            if (d.plan().of(s).size() != ref.size()) throw new IllegalArgumentException(s.jsonName() + " split sizes differ between configs");
        List<int[]> kept = new ArrayList<>();
        for (int j = 0; j < ref.size(); j++) {
            int[] r = new int[data.size() + 1];
            r[data.size()] = ref.get(j).label();
            boolean all = true;
            for (int c = 0; c < data.size(); c++) {
                Example e = data.get(c).plan().of(s).get(j);
                if (e.label() != ref.get(j).label() || e.source().isSlice() != ref.get(j).source().isSlice()
                        || (!e.source().isSlice() && !e.source().path().equals(ref.get(j).source().path())))
                    throw new IllegalArgumentException("example " + j + " of " + s.jsonName() + " differs between configs");
                r[c] = data.get(c).table().rowOf(e.source());
                all &= r[c] >= 0;
            }
            if (all) kept.add(r);
        }
        int[][] byConfig = new int[data.size()][kept.size()];
        for (int j = 0; j < kept.size(); j++) for (int c = 0; c < data.size(); c++) byConfig[c][j] = kept.get(j)[c];
        rows.put(s, byConfig);
        labels.put(s, kept.stream().mapToInt(r -> r[data.size()]).toArray());
    }

    private static int[] shuffled(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1), t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
