package dev.dartboard.export.blob;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantOp;
import dev.dartboard.quant.QuantParams;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@link BlobFormat} v1 blob back into the {@link QuantModel} it was written from (so the
 * host can run {@code Int8Interpreter} on exactly what the board runs). Stateless, thread-safe;
 * the input array is not kept.
 */
public final class BlobReader {
    /** The model, the arena bytes the board must provide, and each op's arena offset. */
    public record ModelBlob(QuantModel model, int arenaBytes, int[] outOffsets) { }

    /** Throws IllegalArgumentException with a readable reason for anything that is not a v1 blob. */
    public ModelBlob read(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        if (blob.length < BlobFormat.HEADER_BYTES || b.getInt(0) != BlobFormat.MAGIC)
            throw new IllegalArgumentException("not a Dartboard model blob (magic DBKW missing)");
        if (b.getShort(4) != BlobFormat.VERSION)
            throw new IllegalArgumentException("model blob version " + b.getShort(4) + ", this Dartboard reads " + BlobFormat.VERSION);
        if (b.getInt(8) != blob.length)
            throw new IllegalArgumentException("model blob is " + blob.length + " bytes, its header says " + b.getInt(8));
        try {
            return parse(b);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException("damaged model blob: " + e.getMessage(), e);
        }
    }

    private static ModelBlob parse(ByteBuffer b) {
        int ops = b.getShort(12) & 0xFFFF, labels = b.getShort(14) & 0xFFFF, opsOffset = b.getInt(36);
        int[] shape = {b.getShort(16), b.getShort(18), b.getShort(20)};
        QuantParams input = new QuantParams(b.getFloat(24), b.getInt(28));
        b.position(b.getInt(40));
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= labels; i++) names.add(name(b));
        List<QuantOp> list = new ArrayList<>();
        int[] offsets = new int[ops];
        for (int i = 0; i < ops; i++) {
            list.add(OpRecords.read(b, opsOffset + i * BlobFormat.OP_BYTES));
            offsets[i] = OpRecords.outOffset(b, opsOffset + i * BlobFormat.OP_BYTES);
        }
        QuantModel m = new QuantModel(names.get(labels), dataConfig(b), shape, input, list, names.subList(0, labels));
        return new ModelBlob(m, b.getInt(32), offsets);
    }

    /** The front end stored in the header, or null when the blob has none. */
    static DataConfig dataConfig(ByteBuffer b) {
        FeatureType type = BlobFormat.featureType(b.get(44));
        if (type == null) return null;
        return new DataConfig(b.getInt(48), type, b.getDouble(56), b.getDouble(64), b.getShort(52), b.getShort(54), b.getDouble(72));
    }

    private static String name(ByteBuffer b) {
        byte[] u = new byte[b.get() & 0xFF];
        b.get(u);
        return new String(u, StandardCharsets.UTF_8);
    }
}
