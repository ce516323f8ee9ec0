package dev.dartboard.export.csource;

import dev.dartboard.quant.QuantModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Static memory plan of the activations: op i's output lives from op i until its last reader (the
 * last op's output until the end of the inference). Outputs are placed greedily, largest first, at
 * the lowest 4-byte-aligned offset that does not overlap any already placed buffer whose lifetime
 * intersects its own; an op's output therefore never aliases its inputs. The model input is the
 * caller's buffer, not part of the arena.
 *
 * @param offsets byte offset of each op's output in the arena
 * @param size    arena bytes (the peak of the plan)
 */
public record ArenaPlanner(int[] offsets, int size) {
    static final int ALIGN = 4;

    public static ArenaPlanner plan(QuantModel m) {
        int n = m.ops().size();
        int[] last = new int[n];
        for (int i = 0; i < n; i++) last[i] = i == n - 1 ? n : i;
        for (int i = 0; i < n; i++) for (int src : m.ops().get(i).inputs()) if (src >= 0) last[src] = Math.max(last[src], i);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> -m.ops().get(i).outSize()).thenComparingInt(i -> i));
        int[] off = new int[n];
        List<Integer> placed = new ArrayList<>();
        int size = 0;
        for (int i : order) {
            off[i] = lowestFit(m, i, last, off, placed);
            placed.add(i);
            size = Math.max(size, off[i] + m.ops().get(i).outSize());
        }
        return new ArenaPlanner(off, align(size));
    }

    private static int lowestFit(QuantModel m, int i, int[] last, int[] off, List<Integer> placed) {
        List<Integer> live = placed.stream().filter(j -> j <= last[i] && i <= last[j])
                .sorted(Comparator.comparingInt(j -> off[j])).toList();
        int candidate = 0, need = m.ops().get(i).outSize();
        for (int j : live) {
            if (candidate + need <= off[j]) break;
            candidate = Math.max(candidate, align(off[j] + m.ops().get(j).outSize()));
        }
        return candidate;
    }

    static int align(int v) {
        return (v + ALIGN - 1) / ALIGN * ALIGN;
    }
}
