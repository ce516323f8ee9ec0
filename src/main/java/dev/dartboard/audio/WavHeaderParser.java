package dev.dartboard.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the RIFF chunks of a WAV file: finds {@code fmt } and {@code data}, skips anything else
 * (LIST, fact, cue, odd sizes with their pad byte) and ignores the RIFF size field, which writers
 * often get wrong. Stateless and thread-safe.
 */
final class WavHeaderParser {
    private final FmtChunkParser fmtParser;

    WavHeaderParser(FmtChunkParser fmtParser) { this.fmtParser = fmtParser; }

    /** Parses {@code bytes} (the whole file) or throws a {@link WavException} naming the problem. */
    WavLayout parse(Path file, byte[] bytes) throws WavException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        checkRiff(file, bytes);
        WavFormat format = null;
        int dataOffset = -1;
        long dataSize = 0;
        long pos = 12;
        while (pos + 8 <= bytes.length) {
            int body = (int) pos + 8;
            String id = fourCc(bytes, (int) pos);
            long size = Integer.toUnsignedLong(b.getInt((int) pos + 4));
            if (id.equals("fmt ") && format == null) format = fmtParser.parse(file, b, body, size);
            if (id.equals("data") && dataOffset < 0) { dataOffset = body; dataSize = size; }
            pos = body + size + (size & 1);
        }
        if (format == null) throw new WavException(file, "no fmt chunk");
        if (dataOffset < 0) throw new WavException(file, "no data chunk");
        return layout(file, format, dataOffset, dataSize, bytes.length);
    }

    private static void checkRiff(Path file, byte[] bytes) throws WavException {
        if (bytes.length == 0) throw new WavException(file, "empty file");
        boolean riffSoFar = "RIFF".startsWith(fourCc(bytes, 0).substring(0, Math.min(4, bytes.length)));
        if (bytes.length < 12 && riffSoFar) throw new WavException(file, "truncated header");
        if (bytes.length < 12 || !fourCc(bytes, 0).equals("RIFF") || !fourCc(bytes, 8).equals("WAVE"))
            throw new WavException(file, "not a RIFF/WAVE file");
    }

    private static WavLayout layout(Path file, WavFormat f, int offset, long declared, int fileLength)
            throws WavException {
        List<String> notes = new ArrayList<>();
        long present = Math.min(declared, fileLength - offset);
        if (declared > present)
            notes.add("data chunk truncated: header declares " + declared + " bytes, file holds " + present);
        long frames = present / f.frameBytes();
        if (frames == 0) throw new WavException(file, "zero frames");
        long partial = present - frames * f.frameBytes();
        if (partial > 0) notes.add("ignored " + partial + " trailing bytes of a partial frame");
        return new WavLayout(f, offset, (int) frames, notes);
    }

    /** Four ASCII characters at {@code at}, padded with NUL where the file ends early. */
    private static String fourCc(byte[] bytes, int at) {
        byte[] id = new byte[4];
        System.arraycopy(bytes, at, id, 0, Math.max(0, Math.min(4, bytes.length - at)));
        return new String(id, StandardCharsets.ISO_8859_1);
    }
}
