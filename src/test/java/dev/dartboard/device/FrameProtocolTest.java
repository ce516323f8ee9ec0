package dev.dartboard.device;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The frame codec and streaming parser against hand-built bytes and every corrupt-frame case. */
class FrameProtocolTest {
    /** DATA, seq 0x1234, payload AB CD; CRC = zlib.crc32(03 34 12 02 00 AB CD) = 0x2B60571E (Python). */
    private static final byte[] HAND_BUILT = bytes(0xA5, 0x5A, 0x03, 0x34, 0x12, 0x02, 0x00, 0xAB, 0xCD, 0x1E, 0x57, 0x60, 0x2B);

    @Test
    void crcMatchesTheStandardCheckValue() {
        assertEquals(0xCBF43926L, Crc32.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void encodesTheHandBuiltFrame() {
        assertArrayEquals(HAND_BUILT, FrameCodec.encode(new Frame(0x03, 0x1234, bytes(0xAB, 0xCD))));
    }

    @Test
    void decodesTheHandBuiltFrame() throws FrameException {
        Frame f = FrameCodec.decode(HAND_BUILT);
        assertEquals(0x03, f.type());
        assertEquals(0x1234, f.seq());
        assertArrayEquals(bytes(0xAB, 0xCD), f.payload());
    }

    @Test
    void roundTripsEmptyAndMaximalPayloads() throws FrameException {
        byte[] big = new byte[FrameCodec.MAX_PAYLOAD];
        new Random(7).nextBytes(big);
        for (byte[] p : List.of(new byte[0], big)) {
            Frame back = FrameCodec.decode(FrameCodec.encode(new Frame(0x91, 0xFFFF, p)));
            assertEquals(0xFFFF, back.seq());
            assertArrayEquals(p, back.payload());
        }
    }

    @Test
    void rejectsEachCorruption() {
        assertReason(FrameException.Reason.BAD_MAGIC, with(HAND_BUILT, 1, 0x5B));
        assertReason(FrameException.Reason.BAD_CRC, with(HAND_BUILT, 7, 0xAA));
        assertReason(FrameException.Reason.BAD_CRC, with(HAND_BUILT, 12, 0x2C));
        assertReason(FrameException.Reason.TRUNCATED, java.util.Arrays.copyOf(HAND_BUILT, 12));
        assertReason(FrameException.Reason.TRUNCATED, java.util.Arrays.copyOf(HAND_BUILT, 5));
        assertReason(FrameException.Reason.OVERSIZE, with(with(HAND_BUILT, 5, 0x01), 6, 0x08)); // len 0x0801 = 2049
        assertReason(FrameException.Reason.TRAILING_BYTES, java.util.Arrays.copyOf(HAND_BUILT, 14));
    }

    @Test
    void parserSkipsGarbageAndFalseMagicBeforeAFrame() {
        FrameParser p = new FrameParser();
        byte[] stream = concat(bytes(0x00, 0xA5, 0x11, 0xA5, 0xA5, 0x5A, 0x01, 0x02, 0x03, 0xFF, 0xFF), HAND_BUILT); // false magic, len 0xFFFF
        List<Frame> got = feedBytewise(p, stream);
        assertEquals(1, got.size());
        assertEquals(0x1234, got.get(0).seq());
    }

    @Test
    void parserLosesOnlyTheDamagedFrame() {
        FrameParser p = new FrameParser();
        byte[] second = FrameCodec.encode(new Frame(0x90, 7, bytes(1, 2, 3)));
        List<Frame> got = p.feed(concat(with(HAND_BUILT, 8, 0x00), second), 0, HAND_BUILT.length + second.length);
        assertEquals(1, got.size());
        assertEquals(7, got.get(0).seq());
        assertEquals(1, p.badFrames());
    }

    @Test
    void idleRescansPastATruncatedFrame() {
        FrameParser p = new FrameParser();
        byte[] cut = java.util.Arrays.copyOf(FrameCodec.encode(new Frame(0x03, 1, new byte[100])), 20);
        byte[] next = FrameCodec.encode(new Frame(0x81, 9, new byte[0]));
        assertEquals(0, p.feed(concat(cut, next), 0, cut.length + next.length).size()); // waits for 111 bytes
        List<Frame> got = p.idle();
        assertEquals(1, got.size());
        assertEquals(9, got.get(0).seq());
    }

    private static void assertReason(FrameException.Reason reason, byte[] bytes) {
        assertEquals(reason, assertThrows(FrameException.class, () -> FrameCodec.decode(bytes)).reason());
    }

    private static List<Frame> feedBytewise(FrameParser p, byte[] stream) {
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) out.addAll(p.feed(stream, i, 1));
        return out;
    }

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    private static byte[] with(byte[] b, int i, int v) {
        byte[] c = b.clone();
        c[i] = (byte) v;
        return c;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
