package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checkpoint's manifest (per-file CRC32C, written last): a flipped, truncated, overwritten or deleted
 * data file, or a lost or torn manifest, is refused with an IOException naming the file; an old checkpoint
 * without a manifest is still read, with a note. Before: 64 flipped bytes loaded silently, a truncated file
 * failed with "java.lang.RuntimeException: java.io.EOFException".
 */
class CheckpointIntegrityTest {
    @TempDir Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> notes = new ArrayList<>();
    private final Checkpoint checkpoint = new Checkpoint(json, notes::add);

    private static Checkpoint.Content content(int step, float base) {
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        arrays.put("w", Nd4j.create(new float[]{base, base + 1, base + 2, base + 3, base + 4, base + 5}, 2, 3));
        arrays.put("updater/w", Nd4j.linspace(DataType.FLOAT, base, 1, 400));
        return new Checkpoint.Content(new SearchState(1, step, -1, null, new int[]{step, step / 2}, 7), arrays);
    }

    private Path dataFile() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "search*.ckpt")) {
            List<Path> files = new ArrayList<>();
            s.forEach(files::add);
            assertEquals(1, files.size(), files.toString());
            return files.get(0);
        }
    }

    @Test
    void roundTripsAndKeepsOnlyTheLatestDataFile() throws IOException {
        checkpoint.save(dir, content(10, 1f));
        checkpoint.save(dir, content(20, 5f));
        Checkpoint.Content back = checkpoint.load(dir);
        assertEquals(20, back.state().step());
        assertArrayEquals(new float[]{5, 6, 7, 8, 9, 10}, back.arrays().get("w").data().asFloat(), 0f);
        assertEquals(404f, back.arrays().get("updater/w").getFloat(399), 0f);
        assertTrue(dataFile().getFileName().toString().startsWith("search-20-"), dataFile().toString());
        assertTrue(Files.isRegularFile(dir.resolve(Checkpoint.MANIFEST)));
        assertEquals(List.of(), notes);
    }

    private void assertRefused(String fault, String why) throws IOException {
        checkpoint.save(dir, content(10, 1f));
        Path data = dataFile(), manifest = dir.resolve(Checkpoint.MANIFEST);
        byte[] bytes = Files.readAllBytes(data);
        Path named = data;
        switch (fault) {
            case "flip64" -> {
                for (int i = 0; i < 64; i++) bytes[bytes.length - 900 + 3 * i] ^= (byte) 0x5A;
                Files.write(data, bytes);
            }
            case "truncate" -> Files.write(data, Arrays.copyOf(bytes, bytes.length / 2));
            case "overwrite" -> { // same size, other values: another checkpoint's data
                Path other = dir.resolve("other");
                checkpoint.save(other, content(10, 2f));
                Files.copy(new CheckpointIntegrityTest.Finder(other).data(), data, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                assertEquals(bytes.length, Files.size(data));
            }
            case "delete" -> Files.delete(data);
            case "delete-manifest" -> { Files.delete(manifest); named = manifest; }
            case "torn-manifest" -> { Files.write(manifest, Arrays.copyOf(Files.readAllBytes(manifest), 30)); named = manifest; }
            default -> throw new IllegalArgumentException(fault);
        }
        assertTrue(Checkpoint.exists(dir), "a damaged checkpoint is still seen (not silently restarted)");
        IOException e = assertThrows(IOException.class, () -> checkpoint.load(dir), fault);
        assertTrue(e.getMessage().startsWith(named.toString()) && e.getMessage().contains(why), fault + ": " + e.getMessage());
    }

    private record Finder(Path dir) {
        Path data() throws IOException {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "search*.ckpt")) { return s.iterator().next(); }
        }
    }

    @Test void sixtyFourFlippedBytesAreRefused() throws IOException { assertRefused("flip64", "changed after it was written"); }

    @Test void aTruncatedDataFileIsRefused() throws IOException { assertRefused("truncate", "truncated"); }

    @Test void aSameSizeOverwriteIsRefused() throws IOException { assertRefused("overwrite", "CRC32C"); }

    @Test void aDeletedDataFileIsRefused() throws IOException { assertRefused("delete", "missing"); }

    @Test void aDeletedManifestIsRefused() throws IOException { assertRefused("delete-manifest", "missing"); }

    @Test void aTornManifestIsRefused() throws IOException { assertRefused("torn-manifest", "not a valid checkpoint manifest"); }

    /** A checkpoint as Dartboard wrote it before manifests: the same data format in search.ckpt alone. */
    private Path oldCheckpoint() throws IOException {
        checkpoint.save(dir, content(10, 3f));
        Path old = dir.resolve(Checkpoint.FILE);
        Files.move(dataFile(), old);
        Files.delete(dir.resolve(Checkpoint.MANIFEST));
        return old;
    }

    @Test
    void anOldCheckpointWithoutAManifestIsReadWithANote() throws IOException {
        Path old = oldCheckpoint();
        assertTrue(Checkpoint.exists(dir));
        Checkpoint.Content back = checkpoint.load(dir);
        assertArrayEquals(new float[]{3, 4, 5, 6, 7, 8}, back.arrays().get("w").data().asFloat(), 0f);
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains(old.toString()) && notes.get(0).contains("unchecked"), notes.get(0));
        checkpoint.save(dir, content(20, 4f)); // the next save replaces it with a checked one
        assertFalse(Files.exists(old));
        assertEquals(20, checkpoint.load(dir).state().step());
    }

    @Test
    void aTruncatedOldCheckpointIsAClearErrorNotARuntimeException() throws IOException {
        Path old = oldCheckpoint();
        Files.write(old, Arrays.copyOf(Files.readAllBytes(old), (int) Files.size(old) - 700));
        IOException e = assertThrows(IOException.class, () -> checkpoint.load(dir));
        assertEquals(old + ": damaged checkpoint (it ends early: truncated?)", e.getMessage());
    }
}
