package dev.dartboard.engine.exec;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Arrays handed back after their last use, kept by type, order and shape for the next op that
 * wants exactly that. A training step allocates the same shapes in the same order every time, so
 * after the first step every allocation is a reuse: no malloc, no fresh pages (this VM pays
 * ~18 µs per first-touched page), and nothing left for the garbage collector to free. The pool
 * holds at most what one step had alive at its peak: the bench supernet's search RSS fell from
 * ~1.1 GB to ~0.42 GB (docs/search-speed.md). Arrays come uninitialised, as from SameDiff's own array
 * cache.
 * Not thread-safe.
 */
final class ArrayPool {
    private final Map<Key, ArrayDeque<INDArray>> free = new HashMap<>();
    private long created;

    /** An array of this type, shape and order: a returned one if any, else a new uninitialised one. */
    INDArray take(DataType type, long[] shape, char order) {
        ArrayDeque<INDArray> q = free.get(new Key(type, order, shape));
        INDArray a = q == null ? null : q.poll();
        if (a != null) return a;
        created++;
        return Nd4j.createUninitialized(type, shape, order);
    }

    /** Takes back an array from {@link #take} that no one reads any more. */
    void give(INDArray a) {
        if (a == null || a.isEmpty() || a.isView() || !a.closeable()) return;
        free.computeIfAbsent(new Key(a.dataType(), a.ordering(), a.shape()), k -> new ArrayDeque<>()).push(a);
    }

    /** Arrays made new (not reused) so far. */
    long created() { return created; }

    /** Frees every held array. */
    void clear() {
        for (ArrayDeque<INDArray> q : free.values()) for (INDArray a : q) a.close();
        free.clear();
    }

    private record Key(DataType type, char order, long[] shape) {
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.type == type && k.order == order && Arrays.equals(k.shape, shape);
        }
        @Override public int hashCode() { return (type.hashCode() * 31 + order) * 31 + Arrays.hashCode(shape); }
    }
}
