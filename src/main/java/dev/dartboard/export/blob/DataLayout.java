package dev.dartboard.export.blob;

import dev.dartboard.quant.QuantOp;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Where each op's constant arrays sit in the blob's data section: weights (int8, padded to 4),
 * bias (i32), multipliers (i32), shifts (i32), weight scales (f32), op after op. An absent array
 * has offset 0 and count 0. Immutable after {@link #of}.
 */
final class DataLayout {
    /** Byte offsets of one op's arrays: weights, bias, mult, shift, scales. */
    record Sections(int weights, int bias, int mult, int shift, int scales) { }

    private final Sections[] sections;
    private final int end;

    private DataLayout(Sections[] sections, int end) {
        this.sections = sections;
        this.end = end;
    }

    static DataLayout of(List<QuantOp> ops, int start) {
        Sections[] s = new Sections[ops.size()];
        int at = start;
        for (int i = 0; i < s.length; i++) {
            QuantOp op = ops.get(i);
            int w = len(op.weights()), b = len(op.bias()), m = op.multipliers().length, sc = len(op.weightScales());
            int wAt = w == 0 ? 0 : at;
            at += BlobFormat.align4(w);
            int bAt = b == 0 ? 0 : at;
            at += 4 * b;
            int mAt = m == 0 ? 0 : at, shAt = m == 0 ? 0 : at + 4 * m;
            at += 8 * m;
            s[i] = new Sections(wAt, bAt, mAt, shAt, sc == 0 ? 0 : at);
            at += 4 * sc;
        }
        return new DataLayout(s, at);
    }

    Sections of(int op) { return sections[op]; }

    /** Total blob size. */
    int end() { return end; }

    void writeArrays(ByteBuffer b, int i, QuantOp op) {
        Sections s = sections[i];
        if (s.weights() != 0) b.position(s.weights()).put(op.weights());
        if (s.bias() != 0) { b.position(s.bias()); for (int v : op.bias()) b.putInt(v); }
        if (s.mult() != 0) { b.position(s.mult()); for (int v : op.multipliers()) b.putInt(v); }
        if (s.shift() != 0) { b.position(s.shift()); for (int v : op.shifts()) b.putInt(v); }
        if (s.scales() != 0) { b.position(s.scales()); for (float v : op.weightScales()) b.putFloat(v); }
    }

    private static int len(byte[] a) { return a == null ? 0 : a.length; }
    private static int len(int[] a) { return a == null ? 0 : a.length; }
    private static int len(float[] a) { return a == null ? 0 : a.length; }
}
