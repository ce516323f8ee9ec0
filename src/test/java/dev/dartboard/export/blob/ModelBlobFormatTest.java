package dev.dartboard.export.blob;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.nas.cost.ArenaPlan;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantAsserts;
import dev.dartboard.quant.QuantOp;
import dev.dartboard.quant.QuantParams;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model blob against hand-assembled bytes, and round trips of the fixture models. */
public class ModelBlobFormatTest {
    /** One FULLY_CONNECTED op, 2 inputs → 2 logits, every field a distinct number. */
    public static QuantModel tinyFc() {
        QuantParams in = new QuantParams(0.5f, -3), out = new QuantParams(0.125f, 5);
        QuantOp fc = new QuantOp(FloatOp.Kind.FULLY_CONNECTED, new int[]{-1}, new QuantParams[]{in}, new int[]{1, 2, 1},
                new int[]{1, 1, 2}, 1, 1, 1, 1, 0, 0, new byte[]{1, -2, 3, 4}, new int[]{10, -20}, new float[]{0.25f},
                new int[]{1 << 30}, new int[]{-1}, out, -128, 127, FloatOp.Padding.VALID, FloatOp.Activation.NONE);
        return new QuantModel("t", null, new int[]{1, 2, 1}, in, List.of(fc), List.of("a", "bc"));
    }

    /**
     * The tiny model's blob assembled by hand: v1 (80-byte header, as v1 writers made it) or v3 (100-byte
     * header, every offset 20 later, front-end fields 0, payload CRC-32 of all bytes but 96..99 at 96).
     */
    public static byte[] tinyBytes(int version) {
        int d = version == 1 ? 0 : 20, n = 216 + d;
        byte[] e = new byte[n];
        put(e, 0, 0x44, 0x42, 0x4B, 0x57);               // "DBKW"
        le(e, 4, version, 2); le(e, 6, 80 + d, 2); le(e, 8, n, 4); // version, header bytes, blob bytes
        le(e, 12, 1, 2); le(e, 14, 2, 2);                  // ops, labels
        le(e, 16, 1, 2); le(e, 18, 2, 2); le(e, 20, 1, 2); // input shape
        le(e, 24, Float.floatToIntBits(0.5f), 4); le(e, 28, -3, 4);
        le(e, 32, 16, 4); le(e, 36, 88 + d, 4); le(e, 40, 80 + d, 4); // arena (2 B aligned to 16), ops, labels after the header
        put(e, 80 + d, 1, 'a', 2, 'b', 'c', 1, 't');          // labels, then the name; 7 B padded to 8
        int op = 88 + d;
        put(e, op, 6, 1, 1, 0); le(e, op + 4, -1, 2); le(e, op + 6, -1, 2);
        int[] geom = {1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0};
        for (int k = 0; k < 12; k++) le(e, op + 8 + 2 * k, geom[k], 2);
        le(e, op + 32, Float.floatToIntBits(0.5f), 4); le(e, op + 36, -3, 4);
        le(e, op + 48, Float.floatToIntBits(0.125f), 4); le(e, op + 52, 5, 4);
        le(e, op + 56, -128, 4); le(e, op + 60, 127, 4); le(e, op + 64, 0, 4);
        le(e, op + 68, 192 + d, 4); le(e, op + 72, 4, 4); le(e, op + 76, 196 + d, 4); le(e, op + 80, 2, 4);
        le(e, op + 84, 204 + d, 4); le(e, op + 88, 208 + d, 4); le(e, op + 92, 1, 4); le(e, op + 96, 212 + d, 4); le(e, op + 100, 1, 4);
        put(e, 192 + d, 1, 0xFE, 3, 4); le(e, 196 + d, 10, 4); le(e, 200 + d, -20, 4);
        le(e, 204 + d, 1 << 30, 4); le(e, 208 + d, -1, 4); le(e, 212 + d, Float.floatToIntBits(0.25f), 4);
        if (version == 3) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32(); // the field itself is left out
            crc.update(e, 0, 96);
            crc.update(e, 100, n - 100);
            le(e, 96, crc.getValue(), 4);
        }
        return e;
    }

    @Test
    void tinyModelMatchesHandAssembledV3Bytes() {
        assertArrayEquals(tinyBytes(3), new BlobWriter().write(tinyFc()));
    }

    @Test
    void oldV1BlobsWithoutAChecksumAreStillRead() {
        assertSameModel(tinyFc(), new BlobReader().read(tinyBytes(1)).model());
    }

    @Test
    void everySingleBitFlipInAV3BlobIsRefused() {
        byte[] good = new BlobWriter().write(tinyFc());
        for (int bit = 0; bit < good.length * 8; bit++) {
            byte[] bad = good.clone();
            bad[bit / 8] ^= (byte) (1 << (bit % 8));
            int at = bit;
            assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(bad), "bit " + at);
        }
    }

    @Test
    void aFlippedWeightBitIsRefusedByTheChecksumWhereOldBlobsReadTheWrongWeight() {
        QuantModel m = TestModels.quantized(TestModels.dsCnnS(4, 12));
        byte[] blob = new BlobWriter().write(m);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(blob).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int weights = b.getInt(b.getInt(36) + 68); // first op's weights offset
        blob[weights + 3] ^= 0x10;
        String msg = assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(blob)).getMessage();
        assertTrue(msg.contains("payload checksum"), msg);
    }

    @Test
    void allOpsModelRoundTripsAndRunsTheSame() {
        QuantModel m = TestModels.quantized(TestModels.allOps(3, 6));
        BlobReader.ModelBlob back = new BlobReader().read(new BlobWriter().write(m));
        assertSameModel(m, back.model());
        ArenaPlan plan = ArenaPlan.of(m.ops().stream().mapToInt(QuantOp::outSize).toArray(),
                m.ops().stream().map(QuantOp::inputs).toArray(int[][]::new));
        assertEquals(plan.bytes(), back.arenaBytes());
        assertArrayEquals(plan.offsets(), back.outOffsets());
        Int8Interpreter a = new Int8Interpreter(m), b = new Int8Interpreter(back.model());
        for (float[] x : TestModels.inputs(7, 20, 490))
            assertArrayEquals(a.logits(m.quantizeInput(x)), b.logits(back.model().quantizeInput(x)));
    }

    @Test
    void dataConfigTravelsInTheHeaderAndDamageIsRefused() {
        QuantModel m = TestModels.quantized(TestModels.dsCnnS(4, 12));
        byte[] blob = new BlobWriter().write(m);
        assertEquals(m.dataConfig(), new BlobReader().read(blob).model().dataConfig());
        assertNull(new BlobReader().read(new BlobWriter().write(tinyFc())).model().dataConfig());
        blob[0] ^= 1;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(blob)).getMessage().contains("magic"));
        byte[] cut = java.util.Arrays.copyOf(new BlobWriter().write(m), 1000);
        assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(cut));
    }

    @Test
    void aModelWithAFrontEndIsV2WithTheDataConfigsTablesAndDamageToThemIsRefused() {
        QuantModel m = TestModels.quantized(TestModels.dsCnnS(4, 12));
        byte[] blob = new BlobWriter().write(m);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(blob).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(3, b.getShort(4));
        assertEquals(100, b.getShort(6));
        assertEquals(0, blob[45], "arithmetic: float");
        FrontendSection fe = FrontendSection.of(m.dataConfig());
        int at = b.getInt(80);
        assertEquals(blob.length, at + fe.bytes(), "the section ends the blob");
        assertEquals(16000, b.getInt(84));
        assertEquals(640, b.getShort(88));
        assertEquals(320, b.getShort(90));
        assertEquals(1024, b.getShort(92));
        assertEquals(Float.floatToIntBits(fe.window()[100]), b.getInt(at + 4 * 100), "window[100]");
        assertEquals(Float.floatToIntBits((float) Math.cos(2 * Math.PI * 7 / 1024)), b.getInt(at + 4 * 640 + 4 * 7), "twiddle cos[7]");
        blob[at + 4 * 640 + 1] ^= 1;
        b.putInt(BlobFormat.PAYLOAD_CRC_OFFSET, (int) BlobFormat.payloadCrc(blob)); // damage the checksum does not see
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(blob)).getMessage().contains("front-end tables"));
    }

    /**
     * A Q15 front end: a v4 blob (arithmetic 1 at byte 45) whose section holds the integer tables at the offsets of
     * firmware/README.md, values computed here by hand; it reads back as the same Q15 DataConfig; damage to the tables
     * and an arithmetic code that disagrees with the version are refused.
     */
    @Test
    void aQ15FrontEndIsAV4BlobWithTheIntegerTables() {
        FloatModel f = TestModels.dsCnnS(4, 12);
        DataConfig c = f.dataConfig().withArithmetic(FrontEndArithmetic.Q15);
        QuantModel m = TestModels.quantized(new FloatModel(f.name(), c, f.input(), f.ops(), f.labels()));
        byte[] blob = new BlobWriter().write(m);
        ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(4, b.getShort(4));
        assertEquals(100, b.getShort(6));
        assertEquals(1, blob[44], "MFCC");
        assertEquals(1, blob[45], "arithmetic: Q15");
        int count = b.getShort(94) & 0xFFFF, at = b.getInt(80);
        // 640-sample window, n_fft 1024: half 512 (log2 9, odd): twiddles 6 (1 + 7 + 31 + 127), 256 slots; 40 mels, 10 coefficients
        int cos = at + 2 * 640, sin = cos + 2 * 512, tw = sin + 2 * 512, slot = tw + 2 * 996, first = slot + 2 * 256;
        int offset = first + 2 * 40, weights = offset + 2 * 42, dct = weights + 2 * (count + count % 2);
        assertEquals(blob.length, dct + 2 * 400, "the section ends the blob");
        assertEquals(Math.round(0.5 * (1 - Math.cos(2 * Math.PI * 100 / 640)) * 32768), b.getShort(at + 2 * 100) & 0xFFFF, "window[100]");
        assertEquals(Math.round(Math.cos(2 * Math.PI * 7 / 1024) * 32768), b.getShort(cos + 2 * 7), "cos[7]");
        assertEquals(Math.round(Math.sin(2 * Math.PI * 7 / 1024) * 32768), b.getShort(sin + 2 * 7), "sin[7]");
        assertEquals(23170, b.getShort(tw), "first radix-4 twiddle: cos(2 pi 128 / 1024)");
        assertEquals(4 * 128, b.getShort(slot + 2), "slot[1] = 4 rev8(1)");
        assertEquals(0, b.getShort(offset), "mel_offset[0]");
        assertEquals(count, b.getShort(offset + 2 * 40) & 0xFFFF, "mel_offset[40] = the header's weight count");
        assertEquals(Math.round(Math.sqrt(1.0 / 40) * 32768), b.getShort(dct), "dct[0] = sqrt(1/40) in Q15");
        assertEquals(c, new BlobReader().read(blob).model().dataConfig());

        byte[] damaged = blob.clone();
        damaged[tw] ^= 1;
        ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putInt(BlobFormat.PAYLOAD_CRC_OFFSET, (int) BlobFormat.payloadCrc(damaged));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(damaged)).getMessage().contains("front-end tables"));
        byte[] asV3 = blob.clone();   // a v3 reader (firmware 1.0) would take these tables for floats
        asV3[4] = 3;
        ByteBuffer.wrap(asV3).order(ByteOrder.LITTLE_ENDIAN).putInt(BlobFormat.PAYLOAD_CRC_OFFSET, (int) BlobFormat.payloadCrc(asV3));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(asV3)).getMessage().contains("Q15 needs v4"));
        byte[] floatV4 = new BlobWriter().write(TestModels.quantized(f));
        floatV4[4] = 4;
        ByteBuffer.wrap(floatV4).order(ByteOrder.LITTLE_ENDIAN).putInt(BlobFormat.PAYLOAD_CRC_OFFSET, (int) BlobFormat.payloadCrc(floatV4));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BlobReader().read(floatV4)).getMessage().contains("v4 blob carries a Q15"));
    }

    static void assertSameModel(QuantModel m, QuantModel r) {
        assertEquals(m.name(), r.name());
        assertEquals(m.labels(), r.labels());
        assertEquals(m.input(), r.input());
        assertArrayEquals(m.inputShape(), r.inputShape());
        assertEquals(m.ops().size(), r.ops().size());
        for (int i = 0; i < m.ops().size(); i++) {
            QuantAsserts.sameOp(m.ops().get(i), r.ops().get(i));
        }
    }

    private static void put(byte[] a, int at, int... v) {
        for (int i = 0; i < v.length; i++) a[at + i] = (byte) v[i];
    }

    private static void le(byte[] a, int at, long v, int n) {
        for (int i = 0; i < n; i++) a[at + i] = (byte) (v >> (8 * i));
    }
}
