package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where every int8 activation of a {@link FloatModel} lives in one static arena: TFLM's greedy
 * planner (largest tensor first, lowest offset that overlaps no tensor alive at the same time).
 * The model input lives in the front end's feature buffer, not here. A tensor is alive from the op
 * that writes it to the last op that reads it (the logits to the end). Offsets are 16-byte aligned.
 *
 * @param offsets byte offset of op i's output
 * @param sizes   bytes of op i's output (H·W·C)
 * @param bytes   arena size: max(offset + size), rounded up to the alignment
 * @param peakLive largest sum of tensors alive at one time (≤ bytes; equal without fragmentation)
 */
public record ArenaPlan(int[] offsets, int[] sizes, int bytes, int peakLive) {
    static final int ALIGN = 16;

    /** Plans the arena of {@code m}. */
    public static ArenaPlan of(FloatModel m) {
        List<int[]> shapes = m.shapes();
        int[] sizes = new int[shapes.size()];
        int[][] inputs = new int[shapes.size()][];
        for (int i = 0; i < sizes.length; i++) {
            int[] s = shapes.get(i);
            sizes[i] = s[0] * s[1] * s[2];
            inputs[i] = m.ops().get(i).inputs();
        }
        return of(sizes, inputs);
    }

    /**
     * Plans tensors given op i's output size in bytes and the ops it reads (−1: the model input,
     * which is not in the arena). The exporters lay out their C arena with this very plan.
     */
    public static ArenaPlan of(int[] sizes, int[][] inputs) {
        int n = sizes.length;
        int[] first = new int[n], last = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
            last[i] = i;
        }
        for (int i = 0; i < n; i++)
            for (int src : inputs[i]) if (src >= 0) last[src] = Math.max(last[src], i);
        if (n > 0) last[n - 1] = n - 1;
        int[] offsets = place(sizes, first, last);
        int bytes = 0;
        for (int i = 0; i < n; i++) bytes = Math.max(bytes, offsets[i] + sizes[i]);
        return new ArenaPlan(offsets, sizes.clone(), align(bytes), peakLive(sizes, first, last));
    }

    private static int[] place(int[] sizes, int[] first, int[] last) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) order.add(i);
        order.sort(Comparator.<Integer>comparingInt(i -> -sizes[i]).thenComparingInt(i -> i));
        int[] offsets = new int[sizes.length];
        List<Integer> placed = new ArrayList<>();
        for (int i : order) {
            offsets[i] = lowestFreeOffset(i, placed, offsets, sizes, first, last);
            placed.add(i);
        }
        return offsets;
    }

    private static int lowestFreeOffset(int t, List<Integer> placed, int[] off, int[] size, int[] first, int[] last) {
        List<Integer> live = new ArrayList<>();
        for (int p : placed) if (first[p] <= last[t] && first[t] <= last[p]) live.add(p);
        live.sort(Comparator.comparingInt(p -> off[p]));
        int candidate = 0;
        for (int p : live) {
            if (candidate + size[t] <= off[p]) break;
            candidate = Math.max(candidate, align(off[p] + size[p]));
        }
        return candidate;
    }

    private static int peakLive(int[] sizes, int[] first, int[] last) {
        int peak = 0;
        for (int live : live(sizes, first, last)) peak = Math.max(peak, live);
        return peak;
    }

    /** Bytes alive while op t runs (its inputs still needed, its output, anything kept for later), per t. */
    private static int[] live(int[] sizes, int[] first, int[] last) {
        int[] live = new int[sizes.length];
        for (int t = 0; t < sizes.length; t++)
            for (int i = 0; i < sizes.length; i++) if (first[i] <= t && t <= last[i]) live[t] += sizes[i];
        return live;
    }

    /** Bytes of activations alive while each op of {@code m} runs (model input excluded), per op. */
    public static int[] liveBytes(FloatModel m) {
        ArenaPlan p = of(m);
        int n = p.sizes.length;
        int[] first = new int[n], last = new int[n];
        for (int i = 0; i < n; i++) first[i] = last[i] = i;
        for (int i = 0; i < n; i++)
            for (int src : m.ops().get(i).inputs()) if (src >= 0) last[src] = Math.max(last[src], i);
        return live(p.sizes, first, last);
    }

    static int align(int x) { return (x + ALIGN - 1) / ALIGN * ALIGN; }
}
