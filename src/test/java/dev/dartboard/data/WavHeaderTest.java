package dev.dartboard.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavHeaderTest {
    @TempDir Path dir;

    @Test
    void readsAJavaSoundWav() throws IOException {
        Path f = TestWavs.write(dir.resolve("a.wav"), 16000, new short[8000]);
        WavHeader h = WavHeader.read(f);
        assertEquals(new WavHeader(1, 1, 16000, 16, 2, 16000), h);
        assertEquals(500.0, h.durationMs(), 1e-9);
        assertEquals("PCM 16-bit mono", h.describe());
    }

    @Test
    void skipsOddSizedChunksAndClipsATruncatedDataChunk() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + 3 + 1 + 8 + 16 + 8 + 100).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(0).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(3).put(new byte[] {1, 2, 3, 0}); // padded to even
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 3).putShort((short) 2).putInt(8000).putInt(64000).putShort((short) 8).putShort((short) 32);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(1_000_000); // declares more than is there
        Path f = Files.write(dir.resolve("odd.wav"), b.array());
        WavHeader h = WavHeader.read(f);
        assertEquals(new WavHeader(3, 2, 8000, 32, 8, 100), h);
        assertEquals(12 * 1000.0 / 8000, h.durationMs(), 1e-9); // 100 bytes = 12 whole frames of 8
        assertEquals("float 32-bit stereo", h.describe());
    }

    @Test
    void rejectsNonWavAndEmptyFilesNamingThem() throws IOException {
        Path junk = Files.write(dir.resolve("junk.wav"), "definitely not audio at all".getBytes(StandardCharsets.US_ASCII));
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        for (Path f : new Path[] {junk, empty}) {
            IOException e = assertThrows(IOException.class, () -> WavHeader.read(f));
            assertEquals(f + ": not a RIFF/WAVE file", e.getMessage());
        }
    }

    @Test
    void rejectsAWavWithoutData() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        Path f = Files.write(dir.resolve("nodata.wav"), b.array());
        assertTrue(assertThrows(IOException.class, () -> WavHeader.read(f)).getMessage().endsWith("no data chunk"));
    }
}
