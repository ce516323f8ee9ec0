package dev.dartboard.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static dev.dartboard.audio.WavBytes.bytes;
import static dev.dartboard.audio.WavBytes.pcm16;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal names its file and states the exact reason. */
class WavReaderRefusalsTest {
    @TempDir Path dir;
    private final WavReader reader = new WavReader();

    private void assertRefused(byte[] file, String reason) throws IOException {
        Path f = dir.resolve("broken.wav");
        Files.write(f, file);
        WavException e = assertThrows(WavException.class, () -> reader.read(f, 16000));
        assertEquals(reason, e.reason());
        assertEquals(f, e.file());
        assertEquals(f + ": " + reason, e.getMessage());
    }

    private static WavBytes pcm() { return new WavBytes().fmt(1, 1, 16000, 16); }

    @Test
    void refusesAnEmptyFile() throws IOException { assertRefused(new byte[0], "empty file"); }

    @Test
    void notRiffWave() throws IOException {
        assertRefused("hello, this is text".getBytes(StandardCharsets.US_ASCII), "not a RIFF/WAVE file");
        assertRefused(pcm().data(pcm16((short) 1)).waveId("AVI ").build(), "not a RIFF/WAVE file");
        assertRefused(pcm().data(pcm16((short) 1)).riffId("RIFX").build(), "not a RIFF/WAVE file");
        assertRefused(bytes(0x52, 0x49, 0x00), "not a RIFF/WAVE file");
    }

    @Test
    void truncatedHeader() throws IOException {
        byte[] whole = pcm().data(pcm16((short) 1)).build();
        assertRefused(Arrays.copyOf(whole, 7), "truncated header");          // inside the RIFF header
        assertRefused(Arrays.copyOf(whole, 12 + 8 + 6), "truncated header");  // inside the fmt body
        byte[] ext = new WavBytes().fmtExtensible(1, 1, 16000, 16, 16).data(pcm16((short) 1)).build();
        assertRefused(Arrays.copyOf(ext, 12 + 8 + 30), "truncated header");   // inside the extensible part
    }

    @Test
    void fmtChunkTooShort() throws IOException {
        assertRefused(new WavBytes().chunk("fmt ", Arrays.copyOf(WavBytes.fmtBody(1, 1, 16000, 16), 14))
                .data(pcm16((short) 1)).build(), "fmt chunk too short: 14 bytes");
    }

    @Test
    void missingChunks() throws IOException {
        assertRefused(new WavBytes().chunk("LIST", bytes(1, 2, 3)).data(pcm16((short) 1)).build(), "no fmt chunk");
        assertRefused(pcm().chunk("LIST", bytes(1, 2, 3)).build(), "no data chunk");
        assertRefused(new WavBytes().build(), "no fmt chunk");
    }

    @Test
    void zeroChannelsRateOrFrames() throws IOException {
        assertRefused(new WavBytes().fmt(1, 0, 16000, 16).data(pcm16((short) 1)).build(), "zero channels");
        assertRefused(new WavBytes().fmt(1, 1, 0, 16).data(pcm16((short) 1)).build(), "zero sample rate");
        assertRefused(pcm().data(new byte[0]).build(), "zero frames");
        assertRefused(new WavBytes().fmt(1, 2, 16000, 24).data(bytes(1, 2, 3, 4, 5)).build(), "zero frames");
        // One frame at 44.1 kHz is round(16000 / 44100) = 0 samples at 16 kHz.
        assertRefused(new WavBytes().fmt(1, 1, 44100, 16).data(pcm16((short) 1)).build(),
                "zero frames after resampling to 16000 Hz");
    }

    @Test
    void absurdSampleRate() throws IOException {
        assertRefused(new WavBytes().fmt(1, 1, -1, 16).data(pcm16((short) 1)).build(), "unsupported sample rate: 4294967295 Hz");
    }

    @Test
    void compressedFormatsAreNamed() throws IOException {
        assertRefused(new WavBytes().fmt(0x55, 1, 16000, 0).data(bytes(1, 2)).build(), "unsupported compressed format 0x0055 (MPEG Layer 3)");
        assertRefused(new WavBytes().fmt(0x02, 1, 16000, 4).data(bytes(1, 2)).build(), "unsupported compressed format 0x0002 (MS ADPCM)");
        assertRefused(new WavBytes().fmt(0x1234, 1, 16000, 16).data(bytes(1, 2)).build(), "unsupported compressed format 0x1234 (unknown)");
        assertRefused(new WavBytes().fmtExtensible(0x55, 1, 16000, 16, 16).data(bytes(1, 2)).build(), "unsupported compressed format 0x0055 (MPEG Layer 3)");
    }

    @Test
    void unsupportedBits() throws IOException {
        assertRefused(new WavBytes().fmt(1, 1, 16000, 12).data(pcm16((short) 1)).build(), "unsupported bits per sample: 12 for PCM");
        assertRefused(new WavBytes().fmt(3, 1, 16000, 16).data(pcm16((short) 1)).build(), "unsupported bits per sample: 16 for FLOAT");
        assertRefused(new WavBytes().fmt(7, 1, 16000, 16).data(pcm16((short) 1)).build(), "unsupported bits per sample: 16 for MU_LAW");
    }

    @Test
    void nonStandardExtensibleGuid() throws IOException {
        byte[] wav = new WavBytes().fmtExtensible(1, 1, 16000, 16, 16).data(pcm16((short) 1)).build();
        wav[12 + 8 + 24 + 15] = 0x00; // last byte of the GUID (…9B 71 → …9B 00)
        assertRefused(wav, "unsupported WAVE_FORMAT_EXTENSIBLE sub-format GUID");
    }

    @Test
    void everyTruncationOfAValidFileIsReadOrRefusedWithAWavException() throws IOException {
        byte[] whole = new WavBytes().chunk("LIST", bytes(1, 2, 3)).fmtExtensible(1, 2, 16000, 24, 24)
                .data(new byte[60]).build();
        Path f = dir.resolve("cut.wav");
        int read = 0;
        for (int n = 0; n <= whole.length; n++) {
            Files.write(f, Arrays.copyOf(whole, n));
            try {
                reader.read(f, 16000);
                read++;
            } catch (WavException e) {
                assertEquals(f, e.file());
            }
        }
        // Readable prefixes: those holding at least one whole 6-byte frame of data.
        int firstData = whole.length - 60;
        assertEquals(whole.length - (firstData + 6) + 1, read);
    }

    @Test
    void randomBytesAfterAValidHeaderNeverEscapeAsRuntimeExceptions() throws IOException {
        java.util.Random random = new java.util.Random(42);
        Path f = dir.resolve("fuzz.wav");
        byte[] base = pcm().chunk("LIST", bytes(1, 2, 3)).data(new byte[40]).build();
        for (int trial = 0; trial < 2000; trial++) {
            byte[] b = base.clone();
            for (int k = 0; k < 4; k++) b[12 + random.nextInt(b.length - 12)] = (byte) random.nextInt(256);
            Files.write(f, b);
            try {
                assertTrue(reader.read(f, 16000).clip().samples().length > 0);
            } catch (WavException expected) {
                assertTrue(!expected.reason().isBlank());
            }
        }
    }
}
