package dev.dartboard.export.blob;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.nas.cost.ArenaPlan;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantOp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link QuantModel} as a {@link BlobFormat} v3 blob, with a {@link FrontendSection} when
 * the model has a float {@code DataConfig}, or as a v4 blob with a {@link FixedPointSection} when its front end is
 * Q15; the payload CRC-32 in the header (computed last). The arena offsets come from
 * {@link ArenaPlan#of(int[], int[][])}, the plan the C exporter uses, so blob and C library need
 * the same RAM. Stateless and thread-safe.
 */
public final class BlobWriter {
    /** @throws IllegalArgumentException for a name over 255 bytes or a mel filterbank over 65535 weights */
    public byte[] write(QuantModel m) {
        ArenaPlan plan = ArenaPlan.of(m.ops().stream().mapToInt(QuantOp::outSize).toArray(),
                m.ops().stream().map(QuantOp::inputs).toArray(int[][]::new));
        byte[] names = names(m);
        BlobFrontEnd fe = m.dataConfig() == null ? null : BlobFrontEnd.of(m.dataConfig());
        int version = fe instanceof FixedPointSection ? BlobFormat.VERSION_4 : BlobFormat.VERSION;
        int headerBytes = BlobFormat.HEADER_BYTES_V3;
        int opsOffset = headerBytes + BlobFormat.align4(names.length);
        DataLayout data = DataLayout.of(m.ops(), opsOffset + m.ops().size() * BlobFormat.OP_BYTES);
        int feOffset = BlobFormat.align4(data.end()), size = fe == null ? data.end() : feOffset + fe.bytes();
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        header(b, m, version, plan.bytes(), size, opsOffset, headerBytes);
        if (fe != null) frontend(b, fe, feOffset);
        b.position(headerBytes).put(names);
        for (int i = 0; i < m.ops().size(); i++) {
            b.position(opsOffset + i * BlobFormat.OP_BYTES);
            OpRecords.write(b, m.ops().get(i), plan.offsets()[i], data.of(i));
            data.writeArrays(b, i, m.ops().get(i));
        }
        b.putInt(BlobFormat.PAYLOAD_CRC_OFFSET, (int) BlobFormat.payloadCrc(b.array()));
        return b.array();
    }

    private static void header(ByteBuffer b, QuantModel m, int version, int arena, int size, int opsOffset, int headerBytes) {
        int[] s = m.inputShape();
        b.putInt(BlobFormat.MAGIC).putShort((short) version).putShort((short) headerBytes).putInt(size)
                .putShort((short) m.ops().size()).putShort((short) m.labels().size())
                .putShort((short) s[0]).putShort((short) s[1]).putShort((short) s[2]).putShort((short) 0)
                .putFloat(m.input().scale()).putInt(m.input().zeroPoint())
                .putInt(arena).putInt(opsOffset).putInt(headerBytes);
        dataConfig(b, m.dataConfig());
    }

    /** Front-end header fields (bytes 80..95) and the section itself at {@code offset}. */
    private static void frontend(ByteBuffer b, BlobFrontEnd fe, int offset) {
        DataConfig c = fe.config();
        if (fe.melWeightCount() > 0xFFFF) throw new IllegalArgumentException("mel filterbank too large for a blob: " + fe.melWeightCount());
        b.position(BlobFormat.HEADER_BYTES);
        b.putInt(offset).putInt(c.clipSamples()).putShort((short) c.winSamples()).putShort((short) c.hopSamples())
                .putShort((short) c.nFft()).putShort((short) fe.melWeightCount());
        b.position(offset);
        fe.write(b);
    }

    private static void dataConfig(ByteBuffer b, DataConfig c) {
        b.put((byte) BlobFormat.featureCode(c == null ? null : c.type()))
                .put((byte) (c != null && c.arithmetic() == FrontEndArithmetic.Q15 ? 1 : 0)).put(new byte[2]);   // arithmetic: v4 only
        if (c == null) { b.put(new byte[36]); return; }
        b.putInt(c.sampleRate()).putShort((short) c.melBins()).putShort((short) c.coeffs())
                .putDouble(c.windowMs()).putDouble(c.hopMs()).putDouble(c.clipMs());
    }

    /** Labels then the model name, each as u8 length + UTF-8. */
    private static byte[] names(QuantModel m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String s : m.labels()) putName(out, s);
        putName(out, m.name() == null ? "" : m.name());
        return out.toByteArray();
    }

    private static void putName(ByteArrayOutputStream out, String s) {
        byte[] u = s.getBytes(StandardCharsets.UTF_8);
        if (u.length > 255) throw new IllegalArgumentException("name longer than 255 bytes: " + s);
        out.write(u.length);
        out.writeBytes(u);
    }
}
