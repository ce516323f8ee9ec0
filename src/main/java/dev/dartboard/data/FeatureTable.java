package dev.dartboard.data;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only view of a cache's features, memory-mapped (little-endian float32, [rows × frames ×
 * features]); maps in chunks of whole rows below 2 GiB. Thread-safe: reads are absolute.
 */
public final class FeatureTable {
    private final CacheIndex index;
    private final List<FloatBuffer> chunks = new ArrayList<>();
    private final int rowsPerChunk;
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    FeatureTable(Path data, CacheIndex index) throws IOException {
        this.index = index;
        long rowBytes = (long) rowLength() * Float.BYTES;
        this.rowsPerChunk = (int) Math.max(1, Integer.MAX_VALUE / rowBytes);
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
            for (long first = 0; first < index.rows().size(); first += rowsPerChunk) {
                long n = Math.min(rowsPerChunk, index.rows().size() - first);
                chunks.add(ch.map(FileChannel.MapMode.READ_ONLY, first * rowBytes, n * rowBytes)
                        .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer());
            }
        }
        for (int r = 0; r < index.rows().size(); r++) rowOf.put(index.rows().get(r), r);
        for (Issue i : index.rejected()) rejected.add(i.file());
    }

    public CacheIndex index() { return index; }

    public int rows() { return index.rows().size(); }

    public int frames() { return index.frames(); }

    public int features() { return index.features(); }

    /** Values per row: frames × features. */
    public int rowLength() { return index.frames() * index.features(); }

    /** The row of a source, or -1 when the cache does not hold it or its input was rejected. */
    public int rowOf(Source source) {
        String d = source.descriptor();
        if (rejected.contains(d)) return -1;
        return rowOf.getOrDefault(d, -1);
    }

    /** Copies row {@code row} into {@code dst[offset, offset + rowLength())}. */
    public void copyRow(int row, float[] dst, int offset) {
        if (row < 0 || row >= rows()) throw new IndexOutOfBoundsException("row " + row + " of " + rows());
        FloatBuffer chunk = chunks.get(row / rowsPerChunk);
        chunk.get((row % rowsPerChunk) * rowLength(), dst, offset, rowLength());
    }
}
