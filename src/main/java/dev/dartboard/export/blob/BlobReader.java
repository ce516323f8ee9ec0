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
 * Parses a {@link BlobFormat} v1 or v2 blob back into the {@link QuantModel} it was written from (so the
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
        if (b.getShort(4) != BlobFormat.VERSION && b.getShort(4) != BlobFormat.VERSION_1)
            throw new IllegalArgumentException("model blob version " + b.getShort(4) + (b.getShort(4) > BlobFormat.VERSION ? " (written by a newer Dartboard)" : "")
                    + ", this Dartboard reads 1 and " + BlobFormat.VERSION);
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
        DataConfig config = dataConfig(b);
        if (b.getShort(4) == BlobFormat.VERSION) checkFrontend(b, config);
        QuantModel m = new QuantModel(names.get(labels), config, shape, input, list, names.subList(0, labels));
        return new ModelBlob(m, b.getInt(32), offsets);
    }

    /** v2: the front-end fields agree with the DataConfig and the section fits the blob. */
    private static void checkFrontend(ByteBuffer b, DataConfig c) {
        if (c == null || b.getShort(6) != BlobFormat.HEADER_BYTES_V2)
            throw new IllegalArgumentException("v2 blob without a front end or with a " + b.getShort(6) + "-byte header");
        FrontendSection fe = FrontendSection.of(c);
        int offset = b.getInt(80);
        if (b.getInt(84) != c.clipSamples() || b.getShort(88) != c.winSamples() || b.getShort(90) != c.hopSamples()
                || b.getShort(92) != c.nFft() || (b.getShort(94) & 0xFFFF) != fe.melWeights().length)
            throw new IllegalArgumentException("front-end fields disagree with the blob's DataConfig " + c.id());
        if (offset % 4 != 0 || offset < BlobFormat.HEADER_BYTES_V2 || (long) offset + fe.bytes() > b.capacity())
            throw new IllegalArgumentException("front-end section at " + offset + " (" + fe.bytes() + " bytes) outside the blob");
        ByteBuffer want = ByteBuffer.allocate(fe.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        fe.write(want);
        if (!want.flip().equals(b.duplicate().position(offset).limit(offset + fe.bytes())))
            throw new IllegalArgumentException("front-end tables differ from those of DataConfig " + c.id());
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
