package dev.dartboard.export.blob;

import dev.dartboard.model.FloatOp;
import dev.dartboard.quant.QuantOp;
import dev.dartboard.quant.QuantParams;

import java.nio.ByteBuffer;

/**
 * One op's {@link BlobFormat#OP_BYTES}-byte record (little-endian; offsets within the record):
 * <pre>
 *  0 kind u8 (FloatOp.Kind order: 0 CONV_2D, 1 DEPTHWISE_CONV_2D, 2 AVERAGE_POOL_2D, 3 MAX_POOL_2D,
 *    4 ADD, 5 MEAN, 6 FULLY_CONNECTED) | 1 n_inputs u8 | 2 padding u8 (0 SAME, 1 VALID) | 3 activation u8
 *    (0 NONE, 1 RELU, 2 RELU6) | 4 input0 i16 | 6 input1 i16 (−1: model input / none)
 *  8 in_h, in_w, in_c, out_h, out_w, out_c i16 | 20 k_h, k_w, stride_h, stride_w, pad_top, pad_left i16
 * 32 in0 scale f32, zp i32 | 40 in1 scale f32, zp i32 (0, 0 if one input) | 48 out scale f32, zp i32
 * 56 act_min i32 | 60 act_max i32 | 64 out_offset u32 (arena bytes)
 * 68 weights offset, length | 76 bias offset, count | 84 mult offset | 88 shift offset | 92 mult count
 * 96 weight-scales offset, count           (offsets from the blob start; 0, 0 = absent)
 * </pre>
 * Stateless.
 */
final class OpRecords {
    private OpRecords() {}

    /** Writes op's record at {@code b}'s position. */
    static void write(ByteBuffer b, QuantOp op, int outOffset, DataLayout.Sections s) {
        int[] in = op.inputs(), is = op.inShape(), os = op.outShape();
        b.put((byte) op.kind().ordinal()).put((byte) in.length).put((byte) op.padding().ordinal()).put((byte) op.activation().ordinal())
                .putShort((short) in[0]).putShort((short) (in.length > 1 ? in[1] : BlobFormat.MODEL_INPUT));
        for (int v : new int[]{is[0], is[1], is[2], os[0], os[1], os[2], op.kernelH(), op.kernelW(),
                op.strideH(), op.strideW(), op.padTop(), op.padLeft()}) b.putShort((short) v);
        params(b, op.inParams()[0]);
        if (in.length > 1) params(b, op.inParams()[1]); else b.putFloat(0f).putInt(0);
        params(b, op.output());
        b.putInt(op.actMin()).putInt(op.actMax()).putInt(outOffset)
                .putInt(s.weights()).putInt(op.weights() == null ? 0 : op.weights().length)
                .putInt(s.bias()).putInt(op.bias() == null ? 0 : op.bias().length)
                .putInt(s.mult()).putInt(s.shift()).putInt(op.multipliers().length)
                .putInt(s.scales()).putInt(op.weightScales() == null ? 0 : op.weightScales().length);
    }

    /** Reads the record at {@code at}; arrays are copied out of the blob. */
    static QuantOp read(ByteBuffer b, int at) {
        FloatOp.Kind kind = FloatOp.Kind.values()[b.get(at)];
        int n = b.get(at + 1);
        FloatOp.Padding pad = FloatOp.Padding.values()[b.get(at + 2)];
        FloatOp.Activation act = FloatOp.Activation.values()[b.get(at + 3)];
        int[] inputs = n > 1 ? new int[]{b.getShort(at + 4), b.getShort(at + 6)} : new int[]{b.getShort(at + 4)};
        int[] g = new int[12];
        for (int k = 0; k < 12; k++) g[k] = b.getShort(at + 8 + 2 * k);
        QuantParams[] inParams = n > 1 ? new QuantParams[]{params(b, at + 32), params(b, at + 40)} : new QuantParams[]{params(b, at + 32)};
        return new QuantOp(kind, inputs, inParams, new int[]{g[0], g[1], g[2]}, new int[]{g[3], g[4], g[5]},
                g[6], g[7], g[8], g[9], g[10], g[11], bytes(b, b.getInt(at + 68), b.getInt(at + 72)),
                ints(b, b.getInt(at + 76), b.getInt(at + 80), true), floats(b, b.getInt(at + 96), b.getInt(at + 100)),
                ints(b, b.getInt(at + 84), b.getInt(at + 92), false), ints(b, b.getInt(at + 88), b.getInt(at + 92), false),
                params(b, at + 48), b.getInt(at + 56), b.getInt(at + 60), pad, act);
    }

    /** The arena offset of the op's output. */
    static int outOffset(ByteBuffer b, int at) { return b.getInt(at + 64); }

    private static void params(ByteBuffer b, QuantParams p) { b.putFloat(p.scale()).putInt(p.zeroPoint()); }

    private static QuantParams params(ByteBuffer b, int at) { return new QuantParams(b.getFloat(at), b.getInt(at + 4)); }

    private static byte[] bytes(ByteBuffer b, int off, int n) {
        if (n == 0) return null;
        byte[] a = new byte[n];
        b.get(off, a);
        return a;
    }

    /** {@code nullIfEmpty}: bias is null for weightless ops; multipliers are an empty array. */
    private static int[] ints(ByteBuffer b, int off, int n, boolean nullIfEmpty) {
        if (n == 0) return nullIfEmpty ? null : new int[0];
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = b.getInt(off + 4 * i);
        return a;
    }

    private static float[] floats(ByteBuffer b, int off, int n) {
        if (n == 0) return null;
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = b.getFloat(off + 4 * i);
        return a;
    }
}
