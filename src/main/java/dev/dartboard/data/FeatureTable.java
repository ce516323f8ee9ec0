package dev.dartboard.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Read-only view of a cache's features (little-endian float32, [rows × frames × features]), read row by row with
 * positional reads: the process holds no more of the file than the rows a caller is copying, so its resident set
 * does not grow with the number of clips (the kernel's page cache keeps the file warm; a memory mapping would
 * charge every page an epoch touches to the process). The file stays open while the table is reachable (closed
 * when it is collected). Thread-safe: reads are absolute.
 */
public final class FeatureTable {
    private final CacheIndex index;
    private final FileChannel channel;
    /** One row's bytes per reading thread, so reading an epoch allocates nothing per row. */
    private final ThreadLocal<ByteBuffer> scratch;
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    FeatureTable(Path data, CacheIndex index) throws IOException {
        this.index = index;
        this.channel = FileChannel.open(data, StandardOpenOption.READ);
        int rowBytes = index.frames() * index.features() * Float.BYTES;
        this.scratch = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(rowBytes).order(ByteOrder.LITTLE_ENDIAN));
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
        ByteBuffer buf = scratch.get().clear();
        long at = (long) row * buf.capacity();
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, at + buf.position()) < 0)
                    throw new java.io.EOFException("feature cache ended inside row " + row + " of " + rows());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("feature cache row " + row + " unreadable: " + e.getMessage(), e);
        }
        buf.flip().asFloatBuffer().get(dst, offset, rowLength());
    }
}
