package dev.dartboard.data;

import dev.dartboard.audio.WavException;
import dev.dartboard.audio.WavFormatRules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The RIFF/WAVE header of a file, read without its samples (a few small reads). Stateless parse.
 *
 * @param format        WAVE format tag (1 PCM, 3 IEEE float, 6 A-law, 7 µ-law; extensible resolved to its subformat)
 * @param channels      channel count
 * @param sampleRate    Hz
 * @param bitsPerSample bits per sample of one channel
 * @param blockAlign    bytes per frame (all channels)
 * @param dataBytes     bytes of sample data actually present (a declared size past the end is clipped)
 */
public record WavHeader(int format, int channels, int sampleRate, int bitsPerSample, int blockAlign, long dataBytes) {

    /** Whole frames of the data chunk, as the reader counts them (sample bytes rounded up to bytes × channels). */
    public long frames() {
        long frameBytes = (long) ((bitsPerSample + 7) / 8) * channels;
        return frameBytes == 0 ? 0 : dataBytes / frameBytes;
    }

    /** Duration in milliseconds. */
    public double durationMs() {
        return blockAlign == 0 || sampleRate == 0 ? 0 : (double) (dataBytes / blockAlign) * 1000.0 / sampleRate;
    }

    /** A readable format, e.g. {@code PCM 16-bit mono}. */
    public String describe() {
        String kind = switch (format) {
            case 1 -> "PCM";
            case 3 -> "float";
            case 6 -> "A-law";
            case 7 -> "µ-law";
            default -> "format " + format;
        };
        String ch = channels == 1 ? "mono" : channels == 2 ? "stereo" : channels + " channels";
        return kind + " " + bitsPerSample + "-bit " + ch;
    }

    /**
     * Parses the header of {@code file}; a file that is not a usable WAV throws naming it. The fmt chunk is held
     * to {@link WavFormatRules} (zero channels, zero-bit PCM, … are refused as a full read refuses them) and a
     * data chunk without one whole frame is refused ("zero frames").
     */
    public static WavHeader read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer riff = readAt(ch, 0, 12);
            if (riff == null || riff.getInt(0) != 0x46464952 || riff.getInt(8) != 0x45564157)
                throw new IOException(file + ": not a RIFF/WAVE file");
            ByteBuffer fmt = null;
            long fmtSize = 0;
            long pos = 12;
            for (ByteBuffer chunk; (chunk = readAt(ch, pos, 8)) != null; pos += 8 + ((chunk.getInt(4) & 0xFFFFFFFFL) + 1 & ~1L)) {
                long size = chunk.getInt(4) & 0xFFFFFFFFL;
                if (chunk.getInt(0) == 0x20746d66 && fmt == null) {
                    fmt = readAt(ch, pos + 8, (int) Math.min(size, 40));
                    fmtSize = size;
                }
                if (chunk.getInt(0) == 0x61746164) return of(file, fmt, fmtSize, Math.min(size, ch.size() - pos - 8));
            }
            throw new IOException(file + ": no data chunk");
        }
    }

    private static WavHeader of(Path file, ByteBuffer fmt, long declaredFmt, long dataBytes) throws IOException {
        if (fmt == null || fmt.capacity() < 16) throw new IOException(file + ": missing or short fmt chunk before the data");
        int frameBytes = WavFormatRules.frameBytes(file, fmt, declaredFmt);   // the reader's own refusals
        if (dataBytes / frameBytes == 0) throw new WavException(file, "zero frames");
        int format = fmt.getShort(0) & 0xFFFF;
        if (format == 0xFFFE && fmt.capacity() >= 26) format = fmt.getShort(24) & 0xFFFF;
        return new WavHeader(format, fmt.getShort(2) & 0xFFFF, fmt.getInt(4), fmt.getShort(14) & 0xFFFF,
                fmt.getShort(12) & 0xFFFF, dataBytes);
    }

    /** {@code n} bytes at {@code pos}, little-endian, or null when the file ends first. */
    private static ByteBuffer readAt(FileChannel ch, long pos, int n) throws IOException {
        if (n <= 0 || pos + n > ch.size()) return n <= 0 ? ByteBuffer.allocate(0) : null;
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) if (ch.read(b, pos + b.position()) < 0) return null;
        return b;
    }
}
