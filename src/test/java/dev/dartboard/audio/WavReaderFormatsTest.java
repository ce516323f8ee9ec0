package dev.dartboard.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.dartboard.audio.WavBytes.bytes;
import static dev.dartboard.audio.WavBytes.pcm16;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoded values against hand-computed numbers: full scale is 2^(bits−1), 8-bit is offset by 128. */
class WavReaderFormatsTest {
    @TempDir Path dir;
    private final WavReader reader = new WavReader();

    private WavReader.Result read(WavBytes wav, int rate) throws IOException {
        Path f = dir.resolve("t.wav");
        Files.write(f, wav.build());
        return reader.read(f, rate);
    }

    private float[] samples(WavBytes wav) throws IOException { return read(wav, 16000).clip().samples(); }

    @Test
    void pcm8IsUnsignedAroundOneTwentyEight() throws IOException {
        assertArrayEquals(new float[] {-1f, 0f, 0.5f, 127 / 128f},
                samples(new WavBytes().fmt(1, 1, 16000, 8).data(bytes(0x00, 0x80, 0xC0, 0xFF))));
    }

    @Test
    void pcm16IsSignedLittleEndian() throws IOException {
        assertArrayEquals(new float[] {0.5f, -1f, 32767 / 32768f, -1 / 32768f},
                samples(new WavBytes().fmt(1, 1, 16000, 16).data(pcm16((short) 0x4000, Short.MIN_VALUE, Short.MAX_VALUE, (short) -1))));
    }

    @Test
    void pcm24IsSignExtendedFromThreeLittleEndianBytes() throws IOException {
        byte[] data = bytes(0x00, 0x00, 0x40, /* 0x400000 */ 0x00, 0x00, 0x80, /* 0x800000 */
                0xFF, 0xFF, 0xFF, /* −1 */ 0xFF, 0xFF, 0x7F /* 0x7FFFFF */);
        assertArrayEquals(new float[] {0.5f, -1f, -1f / 8388608, 8388607f / 8388608},
                samples(new WavBytes().fmt(1, 1, 16000, 24).data(data)));
    }

    @Test
    void pcm32IsSignedLittleEndian() throws IOException {
        assertArrayEquals(new float[] {0.5f, -1f, -0.25f},
                samples(new WavBytes().fmt(1, 1, 16000, 32).data(WavBytes.int32(0x40000000, Integer.MIN_VALUE, 0xE0000000))));
    }

    @Test
    void float32KeepsFiniteValuesAndRefusesNonFiniteNamingHowMany() throws IOException {
        assertArrayEquals(new float[] {0.25f, -0.75f, 1f},
                samples(new WavBytes().fmt(3, 1, 16000, 32).data(WavBytes.float32(0.25f, -0.75f, 1f))));
        // NaN/Inf would poison every feature of the clip: issue 17 asks for a refusal with a reason, not a silent zero
        org.junit.jupiter.api.function.Executable nan = () -> samples(new WavBytes().fmt(3, 2, 16000, 32)
                .data(WavBytes.float32(0.25f, -0.75f, Float.NaN, Float.POSITIVE_INFINITY)));
        WavException e = org.junit.jupiter.api.Assertions.assertThrows(WavException.class, nan);
        org.junit.jupiter.api.Assertions.assertEquals("2 of 4 samples are NaN or infinite (a damaged float WAV)", e.reason());
    }

    @Test
    void float64IsNarrowedToFloat() throws IOException {
        assertArrayEquals(new float[] {0.125f, -1.5f},
                samples(new WavBytes().fmt(3, 1, 16000, 64).data(WavBytes.float64(0.125, -1.5))));
    }

    @Test
    void muLawIsExpandedPerG711AndNoted() throws IOException {
        WavReader.Result r = read(new WavBytes().fmt(7, 1, 16000, 8).data(bytes(0xFF, 0x00, 0x80, 0xF0)), 16000);
        // 0xF0: ~ → 0x0F: exponent 0, mantissa 15 → (15·8 + 132) − 132 = 120, positive.
        assertArrayEquals(new float[] {0f, -32124 / 32768f, 32124 / 32768f, 120 / 32768f}, r.clip().samples());
        assertEquals(List.of("decoded µ-law"), r.notes());
        assertEquals(List.of("decoded µ-law"), r.warnings());
    }

    @Test
    void aLawIsExpandedPerG711AndNoted() throws IOException {
        WavReader.Result r = read(new WavBytes().fmt(6, 1, 16000, 8).data(bytes(0xD5, 0x55, 0xAA, 0x2A)), 16000);
        assertArrayEquals(new float[] {8 / 32768f, -8 / 32768f, 32256 / 32768f, -32256 / 32768f}, r.clip().samples());
        assertEquals(List.of("decoded A-law"), r.notes());
    }

    @Test
    void extensiblePcm24In32BitContainers() throws IOException {
        assertArrayEquals(new float[] {0.5f, -0.5f},
                samples(new WavBytes().fmtExtensible(1, 1, 16000, 32, 24).data(WavBytes.int32(0x40000000, 0xC0000000))));
    }

    @Test
    void extensibleFloatAndPcm16() throws IOException {
        assertArrayEquals(new float[] {0.75f}, samples(new WavBytes().fmtExtensible(3, 1, 16000, 32, 32).data(WavBytes.float32(0.75f))));
        assertArrayEquals(new float[] {0.5f}, samples(new WavBytes().fmtExtensible(1, 1, 16000, 16, 16).data(pcm16((short) 16384))));
    }

    @Test
    void channelsAreAveragedToMono() throws IOException {
        WavReader.Result stereo = read(new WavBytes().fmt(1, 2, 16000, 16)
                .data(pcm16((short) 16384, (short) -8192, (short) 0, (short) 8192)), 16000);
        assertArrayEquals(new float[] {0.125f, 0.125f}, stereo.clip().samples());
        assertEquals(List.of("mixed 2 channels down to mono"), stereo.notes());
        assertEquals(List.of(), stereo.warnings(), "a mix-down is routine, not a warning");
        assertArrayEquals(new float[] {0.5f}, samples(new WavBytes().fmt(3, 3, 16000, 32).data(WavBytes.float32(1f, 0.25f, 0.25f))));
    }

    @Test
    void unknownChunksWithOddSizesArePaddedAndSkipped() throws IOException {
        WavBytes wav = new WavBytes().chunk("LIST", bytes(1, 2, 3, 4, 5)).chunk("junk", bytes(9))
                .fmt(1, 1, 16000, 16).chunk("fact", bytes(1, 0, 0)).data(pcm16((short) 8192)).chunk("id3 ", bytes(7, 7, 7));
        WavReader.Result r = read(wav, 16000);
        assertArrayEquals(new float[] {0.25f}, r.clip().samples());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }

    @Test
    void wrongRiffSizesAreIgnored() throws IOException {
        for (int size : new int[] {0, 4, -1, 12345678}) {
            WavBytes wav = new WavBytes().fmt(1, 1, 16000, 16).data(pcm16((short) 16384, (short) -16384)).riffSize(size);
            assertArrayEquals(new float[] {0.5f, -0.5f}, samples(wav), "RIFF size " + size);
        }
    }

    @Test
    void dataChunkLongerThanTheFileIsReadAsFarAsItGoes() throws IOException {
        WavReader.Result r = read(new WavBytes().fmt(1, 1, 16000, 16).chunk("data", pcm16((short) 16384, (short) 8192, (short) 4096), 1000), 16000);
        assertArrayEquals(new float[] {0.5f, 0.25f, 0.125f}, r.clip().samples());
        assertEquals(List.of("data chunk truncated: header declares 1000 bytes, file holds 6"), r.notes());
        assertEquals(r.notes(), r.warnings());
        assertTrue(r.notes().get(0).contains("truncated"));
    }

    @Test
    void streamingSizeOfAllOnesIsTreatedAsTruncated() throws IOException {
        WavReader.Result r = read(new WavBytes().fmt(1, 1, 16000, 16).chunk("data", pcm16((short) 16384), 0xFFFFFFFFL), 16000);
        assertArrayEquals(new float[] {0.5f}, r.clip().samples());
        assertTrue(r.notes().get(0).contains("truncated"), r.notes().toString());
    }

    @Test
    void aPartialTrailingFrameIsDroppedAndNoted() throws IOException {
        WavReader.Result r = read(new WavBytes().fmt(1, 2, 16000, 16).data(pcm16((short) 16384, (short) 16384, (short) 77)), 16000);
        assertArrayEquals(new float[] {0.5f}, r.clip().samples());
        assertTrue(r.notes().contains("ignored 2 trailing bytes of a partial frame"), r.notes().toString());
    }

    @Test
    void otherRatesAreResampledToTheTarget() throws IOException {
        short[] tone = new short[8000];
        for (int i = 0; i < tone.length; i++) tone[i] = (short) Math.round(16384 * Math.sin(2 * Math.PI * 500 * i / 8000.0));
        WavReader.Result r = read(new WavBytes().fmt(1, 1, 8000, 16).data(pcm16(tone)), 16000);
        assertEquals(16000, r.clip().sampleRate());
        assertEquals(16000, r.clip().samples().length);
        float[] expected = Signals.tone(500, 16000, 16000, 0.5);
        for (int i = 4000; i < 12000; i++) assertEquals(expected[i], r.clip().samples()[i], 2e-3, "sample " + i);
        assertEquals(List.of("resampled 8000 Hz to 16000 Hz"), r.notes());
        assertEquals(List.of(), r.warnings(), "resampling is routine, not a warning");
    }
}
