package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real search's checkpoint with 64 flipped bytes: resume refuses it naming the file (before: resumed to a different result). */
class CheckpointResumeRefusalTest {
    @TempDir Path dir;

    @Test
    void resumeRefusesACheckpointWith64FlippedBytes() throws IOException {
        SearchRunner runner = new SearchRunner(SamplesFixture.spec(), SamplesFixture.tables(), SearchRunnerTest.BUDGET,
                SearchRunnerTest.CONFIG.withEpochs(1, 1), SamplesFixture.data(), new Checkpoint(new ObjectMapper()), List.of());
        runner.run(dir, false);
        Path data;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "search*.ckpt")) { data = s.iterator().next(); }
        byte[] b = Files.readAllBytes(data);
        int end = endOfLargestArray(b);
        for (int i = 0; i < 64; i++) b[end - 4 * i - 4] ^= (byte) 0x01; // the low bit of 64 float values of the largest array
        Files.write(data, b);
        IOException e = assertThrows(IOException.class, () -> runner.run(dir, true));
        assertTrue(e.getMessage().startsWith(data.toString()) && e.getMessage().contains("cannot be resumed"), e.getMessage());
    }

    /** Where the largest array's serialization (shape, then its values) ends, walking the data file's layout. */
    static int endOfLargestArray(byte[] file) throws IOException {
        int[] pos = {0};
        java.io.InputStream counting = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(file)) {
            @Override public int read() throws IOException { int r = super.read(); if (r >= 0) pos[0]++; return r; }
            @Override public int read(byte[] x, int o, int n) throws IOException { int r = super.read(x, o, n); if (r > 0) pos[0] += r; return r; }
            @Override public long skip(long n) throws IOException { long r = super.skip(n); pos[0] += (int) r; return r; }
        };
        java.io.DataInputStream in = new java.io.DataInputStream(counting);
        in.readUTF();
        in.readUTF();
        int n = in.readInt(), bestEnd = 0;
        long best = -1;
        for (int i = 0; i < n; i++) {
            in.readUTF();
            long length = org.nd4j.linalg.factory.Nd4j.read(in).length();
            if (length > best) { best = length; bestEnd = pos[0]; }
        }
        assertTrue(best >= 64, "an array with 64 values");
        return bestEnd;
    }
}
