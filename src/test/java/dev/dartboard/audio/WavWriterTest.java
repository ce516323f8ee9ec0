package dev.dartboard.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavWriterTest {
    @TempDir Path dir;
    private final WavWriter writer = new WavWriter();
    private final WavReader reader = new WavReader();

    @Test
    void writesTheCanonical44ByteHeaderAndLittleEndianSamples() throws IOException {
        Path f = dir.resolve("a.wav");
        writer.write(f, new PcmClip(new float[] {0.5f, -0.25f}, 16000));
        byte[] expected = new WavBytes().fmt(1, 1, 16000, 16).data(WavBytes.pcm16((short) 16384, (short) -8192)).build();
        assertArrayEquals(expected, Files.readAllBytes(f));
    }

    @Test
    void sixteenBitValuesRoundTripBitExactly() throws IOException {
        float[] s = new float[65536];
        for (int k = -32768; k < 32768; k++) s[k + 32768] = k / 32768f;
        Path f = dir.resolve("all.wav");
        writer.write(f, new PcmClip(s, 8000));
        WavReader.Result r = reader.read(f, 8000);
        assertArrayEquals(s, r.clip().samples());
        assertEquals(8000, r.clip().sampleRate());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }

    @Test
    void arbitraryFloatsComeBackWithinHalfAQuantizationStep() throws IOException {
        float[] s = Signals.tone(440, 16000, 1600, 0.8);
        Path f = dir.resolve("tone.wav");
        writer.write(f, new PcmClip(s, 16000));
        float[] back = reader.read(f, 16000).clip().samples();
        for (int i = 0; i < s.length; i++) assertEquals(s[i], back[i], 0.5 / 32768 + 1e-7, "sample " + i);
    }

    @Test
    void clampsOutOfRangeAndNanSamples() {
        assertEquals(32767, WavWriter.toPcm16(1.0f));
        assertEquals(32767, WavWriter.toPcm16(3.5f));
        assertEquals(-32768, WavWriter.toPcm16(-1.0f));
        assertEquals(-32768, WavWriter.toPcm16(-7f));
        assertEquals(0, WavWriter.toPcm16(Float.NaN));
        assertEquals(16384, WavWriter.toPcm16(0.5f));
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path f = dir.resolve("b.wav");
        Files.writeString(f, "old contents that are not a wav");
        writer.write(f, new PcmClip(new float[] {0.25f}, 16000));
        assertArrayEquals(new float[] {0.25f}, reader.read(f, 16000).clip().samples());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the target remains");
        }
    }

    @Test
    void emptyClipWritesAValidHeaderWithZeroDataBytes() throws IOException {
        Path f = dir.resolve("empty.wav");
        writer.write(f, new PcmClip(new float[0], 16000));
        assertEquals(44, Files.size(f));
    }
}
