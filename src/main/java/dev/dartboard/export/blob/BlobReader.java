package dev.dartboard.export.blob;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantOp;
import dev.dartboard.quant.QuantParams;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@link BlobFormat} v1, v2, v3 or v4 blob back into the {@link QuantModel} it was written from (so the
 * host can run {@code Int8Interpreter} on exactly what the board runs). Stateless, thread-safe;
 * the input array is not kept.
 */
public final class BlobReader {
    /** The model, the arena bytes the board must provide, and each op's arena offset. */
    public record ModelBlob(QuantModel model, int arenaBytes, int[] outOffsets) { }

    /**
     * Throws IllegalArgumentException with a readable reason for anything that is not a v1, v2, v3 or v4 blob,
     * and for a v3/v4 blob whose payload checksum does not match its bytes (v1 and v2 blobs have none).
     */
    public ModelBlob read(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        if (blob.length < BlobFormat.HEADER_BYTES || b.getInt(0) != BlobFormat.MAGIC)
            throw new IllegalArgumentException("not a Dartboard model blob (magic DBKW missing)");
        int version = b.getShort(4);
        if (version < BlobFormat.VERSION_1 || version > BlobFormat.VERSION_4)
            throw new IllegalArgumentException("model blob version " + version + ", this Dartboard reads 1 to " + BlobFormat.VERSION_4
                    + (version > BlobFormat.VERSION_4 ? " (written by a newer Dartboard)" : ""));
        if (b.getInt(8) != blob.length)
            throw new IllegalArgumentException("model blob is " + blob.length + " bytes, its header says " + b.getInt(8)
                    + " (truncated or extended)");
        int header = version == BlobFormat.VERSION_1 ? BlobFormat.HEADER_BYTES
                : version == BlobFormat.VERSION_2 ? BlobFormat.HEADER_BYTES_V2 : BlobFormat.HEADER_BYTES_V3;
        if (b.getShort(6) != header || blob.length < header) // also what keeps a damaged v3 from passing as an unchecked v1/v2
            throw new IllegalArgumentException("damaged model blob: version " + version + " with a " + b.getShort(6) + "-byte header");
        if (version >= BlobFormat.VERSION) checkPayload(b, blob);
        try {
            return parse(b);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalArgumentException("damaged model blob: " + e.getMessage(), e);
        }
    }

    /** v3, v4: the payload CRC-32 over every byte but the checksum field. */
    private static void checkPayload(ByteBuffer b, byte[] blob) {
        long stored = b.getInt(BlobFormat.PAYLOAD_CRC_OFFSET) & 0xFFFFFFFFL, actual = BlobFormat.payloadCrc(blob);
        if (stored != actual)
            throw new IllegalArgumentException(String.format("damaged model blob: payload checksum %08x, header says %08x"
                    + " (the file changed after it was written)", actual, stored));
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
        int version = b.getShort(4);
        if (version == BlobFormat.VERSION_4 && (config == null || config.arithmetic() != FrontEndArithmetic.Q15))
            throw new IllegalArgumentException("a v4 blob carries a Q15 front end, this one has " + (config == null ? "none" : "a float one"));
        if (version < BlobFormat.VERSION_4 && config != null && config.arithmetic() != FrontEndArithmetic.FLOAT)
            throw new IllegalArgumentException("a v" + version + " blob with a Q15 front end (Q15 needs v4)");
        if (version == BlobFormat.VERSION_2 || version >= BlobFormat.VERSION && config != null) checkFrontend(b, config);
        else if (version == BlobFormat.VERSION && (b.getLong(80) != 0 || b.getLong(88) != 0))
            throw new IllegalArgumentException("front-end fields set in a blob without a front end");
        QuantModel m = new QuantModel(names.get(labels), config, shape, input, list, names.subList(0, labels));
        return new ModelBlob(m, b.getInt(32), offsets);
    }

    /** v2, v3 with a front end, v4: the front-end fields agree with the DataConfig and the section fits the blob. */
    private static void checkFrontend(ByteBuffer b, DataConfig c) {
        int header = b.getShort(4) == BlobFormat.VERSION_2 ? BlobFormat.HEADER_BYTES_V2 : BlobFormat.HEADER_BYTES_V3;
        if (c == null || b.getShort(6) != header)
            throw new IllegalArgumentException("v" + b.getShort(4) + " blob without a front end or with a " + b.getShort(6) + "-byte header");
        BlobFrontEnd fe = BlobFrontEnd.of(c);
        int offset = b.getInt(80);
        if (b.getInt(84) != c.clipSamples() || b.getShort(88) != c.winSamples() || b.getShort(90) != c.hopSamples()
                || b.getShort(92) != c.nFft() || (b.getShort(94) & 0xFFFF) != fe.melWeightCount())
            throw new IllegalArgumentException("front-end fields disagree with the blob's DataConfig " + c.id());
        if (offset % 4 != 0 || offset < header || (long) offset + fe.bytes() > b.capacity())
            throw new IllegalArgumentException("front-end section at " + offset + " (" + fe.bytes() + " bytes) outside the blob");
        ByteBuffer want = ByteBuffer.allocate(fe.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        fe.write(want);
        if (!want.flip().equals(b.duplicate().position(offset).limit(offset + fe.bytes())))
            throw new IllegalArgumentException("front-end tables differ from those of DataConfig " + c.id());
    }

    /** The front end stored in the header, or null when the blob has none; v4: arithmetic Q15 (code 1 at byte 45). */
    static DataConfig dataConfig(ByteBuffer b) {
        FeatureType type = BlobFormat.featureType(b.get(44));
        int arithmetic = b.getShort(4) >= BlobFormat.VERSION ? b.get(BlobFormat.ARITHMETIC_OFFSET) : 0;   // v1, v2: always float
        if (arithmetic != 0 && arithmetic != 1) throw new IllegalArgumentException("unknown front-end arithmetic code " + arithmetic);
        if (type == null) return null;
        return new DataConfig(b.getInt(48), type, b.getDouble(56), b.getDouble(64), b.getShort(52), b.getShort(54), b.getDouble(72),
                arithmetic == 1 ? FrontEndArithmetic.Q15 : FrontEndArithmetic.FLOAT);
    }

    private static String name(ByteBuffer b) {
        byte[] u = new byte[b.get() & 0xFF];
        b.get(u);
        return new String(u, StandardCharsets.UTF_8);
    }
}
