package dev.dartboard.audio;

import dev.dartboard.data.WavHeader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of WAV reading over generated files (issue 17 item 6): every valid header of every coding Dartboard
 * reads is read with the frames and rate it declares; every corruption of one (random bytes overwritten, a random
 * truncation) is either read or refused with a {@link WavException} naming the file — never another exception —
 * and the header-only reader of {@code dataset stats} ({@link WavHeader}) never throws anything but an
 * IOException naming the file either. The expected frame count is computed here from the generated fields.
 */
class WavHeaderPropertiesTest {
    private static final WavReader READER = new WavReader();
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException { dir = Files.createTempDirectory("wav-props"); }

    @AfterContainer
    static void removeDir() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** What a generated valid file declares. */
    record Spec(int tag, int bits, boolean extensible, int channels, int rate, int frames, boolean listChunk, long seed) {
        int frameBytes() { return (bits + 7) / 8 * channels; }

        byte[] build() {
            WavBytes w = new WavBytes();
            if (listChunk) w.chunk("LIST", new byte[] {'I', 'N', 'F', 'O', 'x'});   // odd size: a pad byte follows
            if (extensible) w.fmtExtensible(tag, channels, rate, bits, bits);
            else w.fmt(tag, channels, rate, bits);
            return w.data(samples()).build();
        }

        private byte[] samples() {
            java.util.Random r = new java.util.Random(seed);
            ByteBuffer b = ByteBuffer.allocate(frames * frameBytes()).order(ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining()) {
                if (tag == 3 && bits == 32) b.putFloat(r.nextFloat() * 2 - 1);
                else if (tag == 3) b.putDouble(r.nextDouble() * 2 - 1);
                else b.put((byte) r.nextInt());
            }
            return b.array();
        }
    }

    @Provide
    Arbitrary<Spec> validFiles() {
        return files(Arbitraries.integers().between(1, 768_000));
    }

    /** Common rates only: a corrupted file is read at its generated rate, so the resampler stays out of the way. */
    @Provide
    Arbitrary<Spec> commonRateFiles() {
        return files(Arbitraries.of(8000, 11025, 16000, 22050, 44100, 48000));
    }

    private static Arbitrary<Spec> files(Arbitrary<Integer> rates) {
        Arbitrary<int[]> coding = Arbitraries.of(new int[] {1, 8}, new int[] {1, 16}, new int[] {1, 24}, new int[] {1, 32},
                new int[] {3, 32}, new int[] {3, 64}, new int[] {6, 8}, new int[] {7, 8});
        return Combinators.combine(coding, Arbitraries.of(false, true), Arbitraries.integers().between(1, 6),
                        rates, Arbitraries.integers().between(1, 200), Arbitraries.of(false, true), Arbitraries.longs())
                .as((c, ext, ch, rate, frames, list, seed) -> new Spec(c[0], c[1], ext, ch, rate, frames, list, seed));
    }

    private static Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("f.wav"), bytes);
    }

    @Property(tries = 150)
    void aValidFileIsReadWithTheFramesAndRateItDeclares(@ForAll("validFiles") Spec spec) throws IOException {
        Path f = write(spec.build());
        WavReader.Result r = READER.read(f, spec.rate());
        assertEquals(spec.frames(), r.clip().samples().length);
        assertEquals(spec.rate(), r.clip().sampleRate());
        for (float v : r.clip().samples()) assertTrue(Float.isFinite(v) && Math.abs(v) <= 1.0001f, "sample " + v);
        WavHeader h = WavHeader.read(f);
        assertEquals(spec.frames(), h.frames());
        assertEquals(spec.rate(), h.sampleRate());
        assertEquals(spec.channels(), h.channels());
    }

    /** One corruption: {@code flips} bytes overwritten at random places, then the file cut at {@code keep} of its length (≥ 1.0: not cut). */
    record Damage(List<int[]> flips, double keep) {
        byte[] apply(byte[] file) {
            byte[] out = file.clone();
            for (int[] f : flips) out[Math.floorMod(f[0], out.length)] = (byte) f[1];
            return keep >= 1.0 ? out : Arrays.copyOf(out, (int) (out.length * keep));
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        Arbitrary<int[]> flip = Combinators.combine(Arbitraries.integers().between(0, 80), Arbitraries.integers().between(0, 255))
                .as((at, v) -> new int[] {at, v});
        return Combinators.combine(flip.list().ofMinSize(0).ofMaxSize(4),
                        Arbitraries.of(1.0, 1.0, 0.0, 0.1, 0.3, 0.5, 0.7, 0.95))
                .as(Damage::new);
    }

    @Property(tries = 300)
    void aCorruptedFileIsReadOrRefusedNamingTheFile(@ForAll("commonRateFiles") Spec spec, @ForAll("damage") Damage d) throws IOException {
        Path f = write(d.apply(spec.build()));
        try {
            WavReader.Result r = READER.read(f, spec.rate());
            assertTrue(r.clip().samples().length > 0);
        } catch (WavException e) {
            assertEquals(f, e.file());
            assertTrue(e.getMessage().startsWith(f + ": ") && !e.reason().isBlank(), e.getMessage());
        }
        try {
            WavHeader h = WavHeader.read(f);
            assertTrue(h.frames() > 0 && h.channels() > 0 && h.sampleRate() > 0, h.toString());
        } catch (IOException e) {
            assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        }
    }

    /**
     * {@code dataset stats} (headers only) and {@code dataset check} (full read) agree on what is a clip: the header
     * reader accepts a damaged file exactly when the full reader does (NaN/Inf samples aside: stats reads float files
     * in full for those).
     */
    @Property(tries = 300)
    void theHeaderReaderAndTheFullReaderAgreeOnWhatIsAClip(@ForAll("commonRateFiles") Spec spec, @ForAll("damage") Damage d) throws IOException {
        Path f = write(d.apply(spec.build()));
        String full;
        try {
            READER.read(f, spec.rate());
            full = null;
        } catch (WavException e) {
            // the header reader cannot know the rate a clip will be read at: a damaged rate field can leave a few frames
            // that resample to none (the data reader refuses such a clip as shorter than one window anyway)
            full = e.reason().contains("NaN or infinite") || e.reason().startsWith("zero frames after resampling") ? null : e.reason();
        }
        String header;
        try {
            WavHeader.read(f);
            header = null;
        } catch (IOException e) {
            header = e.getMessage();
        }
        net.jqwik.api.statistics.Statistics.collect(full == null ? "read" : "refused");   // both kinds must occur (see the report)
        assertEquals(full == null, header == null, "full read: " + full + "; header: " + header);
    }
}
