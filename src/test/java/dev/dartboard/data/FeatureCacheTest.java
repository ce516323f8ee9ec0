package dev.dartboard.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureCacheTest {
    @TempDir Path root;
    @TempDir Path cacheDir;
    private final FakeFeatures fake = new FakeFeatures();
    private final ObjectMapper mapper = new ObjectMapper();
    private List<Source> sources;

    /** File i holds samples base_i + t (16-bit values), base = 1000·i; the noise file holds 3·t. */
    @BeforeEach
    void files() throws IOException {
        for (int i = 0; i < 3; i++) writeRamp("w" + i + "/s_nohash_0.wav", 1000 * i, 1, 1600);
        writeRamp("_background_noise_/n.wav", 0, 3, 4000);
        sources = List.of(Source.file("w2/s_nohash_0.wav"), Source.file("w0/s_nohash_0.wav"),
                Source.slice("_background_noise_/n.wav", 100, 0.5f), Source.file("w1/s_nohash_0.wav"));
    }

    private void writeRamp(String rel, int base, int step, int n) throws IOException {
        short[] s = new short[n];
        for (int t = 0; t < n; t++) s[t] = (short) (base + step * t);
        TestWavs.write(root.resolve(rel), 16000, s);
    }

    private FeatureTable load() throws IOException {
        SampleSource samples = new WavSampleSource(root, ClipReader.wav(new WavReader()), 16000, 1600);
        return new FeatureCache(cacheDir, mapper, 2).load(root, FakeFeatures.CONFIG, sources, samples, () -> fake);
    }

    /** Reference: file rows hold (base + 20·j) / 32768; the slice row holds 3·(100 + 20·j) / 32768 · 0.5. */
    private static float expected(Source s, int j) {
        if (s.isSlice()) return 3 * (100 + 20 * j) / 32768f * 0.5f;
        int base = 1000 * (s.path().charAt(1) - '0');
        return (base + 20 * j) / 32768f;
    }

    private void assertRowsMatchReference(FeatureTable t) {
        float[] row = new float[80];
        for (Source s : sources) {
            t.copyRow(t.rowOf(s), row, 0);
            for (int j = 0; j < 80; j++) assertEquals(expected(s, j), row[j], 0f, s.descriptor() + " value " + j);
        }
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Neither loading (with its checksum pass) nor reading every row leaves the float file mapped into the process, so
     * the rows an epoch reads are not charged to its resident set and it stays flat in the number of clips
     * (Linux: /proc/self/maps lists every mapped file).
     */
    @Test
    void readingEveryRowLeavesTheFloatFileUnmapped() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(maps), "needs /proc/self/maps (Linux)");
        load();
        FeatureTable t = load();   // the second load verifies the entry's CRC32C over the file
        assertRowsMatchReference(t);
        Path f32 = Files.list(cacheDir).filter(p -> p.toString().endsWith(".f32")).findFirst().orElseThrow();
        String mapped = Files.readString(maps);
        assertTrue(!mapped.contains(f32.getFileName().toString()), f32 + " is mapped:\n" + mapped.lines()
                .filter(l -> l.contains(".f32")).toList());
        assertRowsMatchReference(t);   // the table still reads after the check (kept reachable up to here)
    }

    @Test
    void buildsOnceThenReloadsFromDisk() throws IOException {
        FeatureTable first = load();
        assertEquals(4, fake.computed.get());
        assertRowsMatchReference(first);
        FeatureTable second = load();
        assertEquals(4, fake.computed.get(), "second load must not recompute");
        assertRowsMatchReference(second);
        List<String> files = cacheFiles();
        assertEquals(2, files.size(), files.toString());
        assertTrue(files.get(0).startsWith(FakeFeatures.CONFIG.configId() + "-") && files.get(0).endsWith(".f32"));
        assertTrue(files.get(1).endsWith(".json"));
    }

    @Test
    void floatFileIsLittleEndianRowsSortedByDescriptor() throws IOException {
        load();
        Path f32 = cacheDir.resolve(cacheFiles().get(0));
        byte[] raw = Files.readAllBytes(f32);
        assertEquals(4 * 80 * 4, raw.length);
        // Sorted descriptors: "_background_noise_/n.wav#100*0.5" < "w0/…" < "w1/…" < "w2/…".
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(3 * 120 / 32768f * 0.5f, b.getFloat(4), 0f);                 // row 0, value 1
        assertEquals((2000 + 20 * 79) / 32768f, b.getFloat((3 * 80 + 79) * 4), 0f); // row 3, value 79
    }

    @Test
    void indexListsEveryFileWithSizeAndMtime() throws IOException {
        load();
        JsonNode index = mapper.readTree(cacheDir.resolve(cacheFiles().get(1)).toFile());
        assertEquals(FakeFeatures.CONFIG.configId(), index.get("config").asText());
        assertEquals(8, index.get("frames").asInt());
        assertEquals(10, index.get("features").asInt());
        assertEquals(4, index.get("files").size());
        for (JsonNode f : index.get("files")) {
            Path p = root.resolve(f.get("path").asText());
            assertEquals(Files.size(p), f.get("size").asLong());
            assertEquals(Files.getLastModifiedTime(p).toMillis(), f.get("mtimeMs").asLong());
        }
    }

    @Test
    void touchingAFileInvalidates() throws IOException {
        load();
        Path w1 = root.resolve("w1/s_nohash_0.wav");
        Files.setLastModifiedTime(w1, FileTime.fromMillis(Files.getLastModifiedTime(w1).toMillis() + 10_000));
        assertRowsMatchReference(load());
        assertEquals(8, fake.computed.get(), "a newer mtime must rebuild");
        FileTime before = Files.getLastModifiedTime(w1);
        Files.write(w1, new byte[2], StandardOpenOption.APPEND);
        Files.setLastModifiedTime(w1, before);
        load();
        assertEquals(12, fake.computed.get(), "a new size with the same mtime must rebuild");
        assertEquals(6, cacheFiles().size());
    }

    @Test
    void unreadableInputsAreRejectedRowsNotFailures() throws IOException {
        Files.write(root.resolve("w1/s_nohash_0.wav"), new byte[10]);
        FeatureTable t = load();
        assertEquals(-1, t.rowOf(Source.file("w1/s_nohash_0.wav")));
        assertEquals(List.of("w1/s_nohash_0.wav"), t.index().rejected().stream().map(Issue::file).toList());
        assertEquals(3, load().rowOf(Source.file("w2/s_nohash_0.wav")), "rejections survive a reload");
    }

    @Test
    void aFailingFrontEndLeavesNothingBehind() throws IOException {
        SampleSource samples = s -> new float[1600];
        FeatureFunction broken = new FeatureFunction() {
            @Override public int length() { return 80; }

            @Override public void compute(float[] in, float[] out) { throw new UnsupportedOperationException("not yet"); }
        };
        FeatureCache cache = new FeatureCache(cacheDir, mapper, 2);
        assertThrows(UnsupportedOperationException.class,
                () -> cache.load(root, FakeFeatures.CONFIG, sources, samples, () -> broken));
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void aMissingInputFileIsAnErrorNamingIt() {
        sources = List.of(Source.file("gone/x.wav"));
        IOException e = assertThrows(IOException.class, this::load);
        assertTrue(e.getMessage().contains("gone/x.wav"), e.getMessage());
    }
}
