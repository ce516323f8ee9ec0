package dev.dartboard.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Test-side WAV builder: writes RIFF files byte by byte so each test controls every field,
 * including wrong ones. Independent of the production parser.
 */
public final class WavBytes {
    private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    private String riffId = "RIFF";
    private String waveId = "WAVE";
    private Integer riffSize;

    /** Appends a chunk with the given id and body; {@code declared} overrides the size field. */
    public WavBytes chunk(String id, byte[] body, long declared) {
        chunks.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        chunks.writeBytes(le32((int) declared));
        chunks.writeBytes(body);
        if (body.length % 2 == 1) chunks.write(0);
        return this;
    }

    public WavBytes chunk(String id, byte[] body) { return chunk(id, body, body.length); }

    /** A plain 16-byte fmt chunk. */
    public WavBytes fmt(int tag, int channels, int rate, int bits) { return chunk("fmt ", fmtBody(tag, channels, rate, bits)); }

    /** A 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk whose sub-format GUID carries {@code subTag}. */
    public WavBytes fmtExtensible(int subTag, int channels, int rate, int bits, int validBits) {
        ByteBuffer b = le(40).put(fmtBody(0xFFFE, channels, rate, bits));
        b.putShort((short) 22).putShort((short) validBits).putInt(channels == 1 ? 4 : 3);
        b.putShort((short) subTag).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
                (byte) 0x9B, 0x71});
        return chunk("fmt ", b.array());
    }

    public WavBytes data(byte[] samples) { return chunk("data", samples); }

    public WavBytes riffId(String id) { riffId = id; return this; }

    public WavBytes waveId(String id) { waveId = id; return this; }

    public WavBytes riffSize(int size) { riffSize = size; return this; }

    public byte[] build() {
        byte[] body = chunks.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(riffId.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(le32(riffSize != null ? riffSize : body.length + 4));
        out.writeBytes(waveId.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    public static byte[] fmtBody(int tag, int channels, int rate, int bits) {
        int block = channels * ((bits + 7) / 8);
        return le(16).putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * block)
                .putShort((short) block).putShort((short) bits).array();
    }

    public static byte[] pcm16(short... v) { ByteBuffer b = le(2 * v.length); for (short s : v) b.putShort(s); return b.array(); }

    public static byte[] int32(int... v) { ByteBuffer b = le(4 * v.length); for (int s : v) b.putInt(s); return b.array(); }

    public static byte[] float32(float... v) { ByteBuffer b = le(4 * v.length); for (float s : v) b.putFloat(s); return b.array(); }

    public static byte[] float64(double... v) { ByteBuffer b = le(8 * v.length); for (double s : v) b.putDouble(s); return b.array(); }

    public static byte[] bytes(int... v) { byte[] b = new byte[v.length]; for (int i = 0; i < v.length; i++) b[i] = (byte) v[i]; return b; }

    public static byte[] le32(int v) { return le(4).putInt(v).array(); }

    public static ByteBuffer le(int n) { return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN); }
}
