package dev.dartboard.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Turns the interleaved frames of a {@link WavLayout} into mono floats (full scale ±1), mixing
 * channels down by averaging. Integer PCM maps −2^(bits−1) to −1.0 (8-bit is unsigned, offset 128);
 * float samples are taken as they are, except that NaN and ±∞ become 0. Stateless, thread-safe.
 */
final class SampleDecoder {

    /** Mono samples, one per frame; the result array is new and owned by the caller. */
    float[] decode(byte[] bytes, WavLayout layout) {
        WavFormat f = layout.format();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[layout.frames()];
        int step = f.bytesPerSample();
        int at = layout.dataOffset();
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int c = 0; c < f.channels(); c++, at += step) sum += sample(b, at, f);
            out[i] = (float) (sum / f.channels());
        }
        return out;
    }

    /** How many raw samples (all channels) are NaN or infinite; always 0 but for IEEE float data. */
    static int nonFinite(byte[] bytes, WavLayout layout) {
        WavFormat f = layout.format();
        if (f.encoding() != WavFormat.Encoding.FLOAT) return 0;
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int step = f.bytesPerSample(), n = 0;
        long end = layout.dataOffset() + (long) layout.frames() * f.frameBytes();
        for (int at = layout.dataOffset(); at < end; at += step)
            if (!Double.isFinite(f.bitsPerSample() == 32 ? b.getFloat(at) : b.getDouble(at))) n++;
        return n;
    }

    /** One sample at byte offset {@code at}, full scale ±1. */
    static double sample(ByteBuffer b, int at, WavFormat f) {
        return switch (f.encoding()) {
            case PCM -> pcm(b, at, f.bitsPerSample());
            case FLOAT -> finite(f.bitsPerSample() == 32 ? b.getFloat(at) : b.getDouble(at));
            case MU_LAW -> G711.ulawToLinear(b.get(at)) / 32768.0;
            case A_LAW -> G711.alawToLinear(b.get(at)) / 32768.0;
        };
    }

    private static double pcm(ByteBuffer b, int at, int bits) {
        return switch (bits) {
            case 8 -> ((b.get(at) & 0xFF) - 128) / 128.0;
            case 16 -> b.getShort(at) / 32768.0;
            case 24 -> ((b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | b.get(at + 2) << 16) / 8388608.0;
            case 32 -> b.getInt(at) / 2147483648.0;
            default -> throw new IllegalArgumentException("unsupported PCM bits: " + bits);
        };
    }

    private static double finite(double v) { return Double.isFinite(v) ? v : 0.0; }
}
