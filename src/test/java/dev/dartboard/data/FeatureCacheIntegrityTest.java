package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dartboard.audio.WavReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cache entry damaged on disk (bit flip, same-size overwrite, truncation, deletion, a broken or old index):
 * the next load rebuilds it, says so on one line naming the file, and returns the right features. Before,
 * only the size was compared: a same-size overwrite or a flipped bit was used silently.
 */
class FeatureCacheIntegrityTest {
    @TempDir Path root;
    @TempDir Path cacheDir;
    private final FakeFeatures fake = new FakeFeatures();
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> notices = new ArrayList<>();
    private List<Source> sources;

    @BeforeEach
    void files() throws IOException {
        for (int i = 0; i < 3; i++) {
            short[] s = new short[1600];
            for (int t = 0; t < s.length; t++) s[t] = (short) (1000 * i + t);
            TestWavs.write(root.resolve("w" + i + "/s_nohash_0.wav"), 16000, s);
        }
        sources = List.of(Source.file("w2/s_nohash_0.wav"), Source.file("w0/s_nohash_0.wav"), Source.file("w1/s_nohash_0.wav"));
    }

    private FeatureTable load() throws IOException {
        SampleSource samples = new WavSampleSource(root, ClipReader.wav(new WavReader()), 16000, 1600);
        return new FeatureCache(cacheDir, mapper, 2, notices::add).load(root, FakeFeatures.CONFIG, sources, samples, () -> fake);
    }

    /** Row of w_i: (1000·i + 20·j) / 32768, computed by hand. */
    private static void assertRowsRight(FeatureTable t) {
        float[] row = new float[80];
        for (int i = 0; i < 3; i++) {
            t.copyRow(t.rowOf(Source.file("w" + i + "/s_nohash_0.wav")), row, 0);
            for (int j = 0; j < 80; j++) assertEquals((1000 * i + 20 * j) / 32768f, row[j], 0f, "w" + i + " value " + j);
        }
    }

    private Path file(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    /** Builds the entry, damages it, loads again: one notice naming {@code named}, containing {@code why}; rebuilt right. */
    private void assertRebuiltAfter(IoAction damage, String named, String why) throws IOException {
        load();
        assertEquals(3, fake.computed.get());
        Path f32 = file(".f32"), json = file(".json");
        damage.run(f32, json);
        FeatureTable t = load();
        assertEquals(6, fake.computed.get(), "rebuilt");
        assertEquals(1, notices.size(), notices.toString());
        String n = notices.get(0);
        assertTrue(n.contains((named.equals("f32") ? f32 : json).toString()) && n.contains(why) && n.contains("rebuilding"), n);
        assertRowsRight(t);
        notices.clear();
        assertRowsRight(load());
        assertEquals(6, fake.computed.get(), "the rebuilt entry is used as it is");
        assertEquals(List.of(), notices);
    }

    interface IoAction { void run(Path f32, Path json) throws IOException; }

    @Test
    void aCleanReloadSaysNothingAndComputesNothing() throws IOException {
        load();
        assertRowsRight(load());
        assertEquals(3, fake.computed.get());
        assertEquals(List.of(), notices);
    }

    @Test
    void aSameSizeOverwriteWithNaNsIsDetected() throws IOException {
        assertRebuiltAfter((f32, json) -> {
            FileTime t = Files.getLastModifiedTime(f32);
            ByteBuffer nan = ByteBuffer.allocate((int) Files.size(f32)).order(ByteOrder.LITTLE_ENDIAN);
            while (nan.hasRemaining()) nan.putFloat(Float.NaN);
            Files.write(f32, nan.array());
            Files.setLastModifiedTime(f32, t);
        }, "f32", "CRC32C");
    }

    @Test
    void aFlippedBitIsDetected() throws IOException {
        assertRebuiltAfter((f32, json) -> {
            byte[] b = Files.readAllBytes(f32);
            b[333] ^= 0x20;
            Files.write(f32, b);
        }, "f32", "changed on disk");
    }

    @Test
    void aTruncatedFloatFileIsDetected() throws IOException {
        assertRebuiltAfter((f32, json) -> Files.write(f32, java.util.Arrays.copyOf(Files.readAllBytes(f32), 500)), "f32", "truncated");
    }

    @Test
    void aDeletedFloatFileIsTold() throws IOException {
        assertRebuiltAfter((f32, json) -> Files.delete(f32), "f32", "is missing");
    }

    @Test
    void aTornIndexIsTold() throws IOException {
        assertRebuiltAfter((f32, json) -> Files.write(json, java.util.Arrays.copyOf(Files.readAllBytes(json), 40)), "json", "not a readable index");
    }

    @Test
    void aVersion1IndexWithoutAChecksumIsRebuilt() throws IOException {
        assertRebuiltAfter((f32, json) -> {
            ObjectNode old = (ObjectNode) mapper.readTree(json.toFile());
            old.put("version", 1);
            old.remove("crc32c");
            Files.write(json, mapper.writeValueAsBytes(old));
        }, "json", "version 1 index");
    }
}
