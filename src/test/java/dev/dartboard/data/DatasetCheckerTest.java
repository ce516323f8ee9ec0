package dev.dartboard.data;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetCheckerTest {
    @TempDir Path root;

    private DatasetChecker checker(ClipReader reader) {
        // clips of a few samples keep these tests small: the window rule is DataQualityTest's
        return new DatasetChecker(new DatasetScanner(new SpeakerSplit()), reader, 16000, 2, 0);
    }

    /** yes: hank ×2 (validation), leo (test); no: ivan (train), one random-bytes file, one empty file; one noise file. */
    private void tree() throws IOException {
        TestWavs.ramp(root.resolve("yes/hank_nohash_0.wav"), 100);
        TestWavs.ramp(root.resolve("yes/hank_nohash_1.wav"), 100);
        TestWavs.ramp(root.resolve("yes/leo_nohash_0.wav"), 100);
        TestWavs.ramp(root.resolve("no/ivan_nohash_0.wav"), 100);
        TestWavs.ramp(root.resolve("_background_noise_/n.wav"), 1000);
        byte[] junk = new byte[20];
        new Random(1).nextBytes(junk);
        Files.write(root.resolve("no/ivan_nohash_1.wav"), junk);
        Files.write(root.resolve("no/ivan_nohash_2.wav"), new byte[0]);
    }

    @Test
    void countsAcceptedAndListsRejectedWithReasons() throws IOException {
        tree();
        CheckReport r = checker(ClipReader.wav(new WavReader())).check(root);
        assertEquals(root.toAbsolutePath().normalize().toString(), r.root());
        assertEquals(Map.of("yes", new SplitCounts(0, 2, 1), "no", new SplitCounts(1, 0, 0)), r.labels());
        assertEquals(5, r.accepted());
        // The reasons are the reader's (its wording may change as the reader grows): present, without the path.
        assertEquals(List.of("no/ivan_nohash_1.wav", "no/ivan_nohash_2.wav"), r.rejected().stream().map(Issue::file).toList());
        for (Issue i : r.rejected())
            assertTrue(!i.reason().isBlank() && !i.reason().contains(root.toString()), i.reason());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void readerNotesBecomeWarningsAndAnyIOExceptionIsARejection() throws IOException {
        tree();
        ClipReader fake = (file, rate) -> {
            String name = file.getFileName().toString();
            if (name.equals("leo_nohash_0.wav")) return new WavReader.Result(new PcmClip(new float[1], rate), List.of("data truncated"));
            if (name.equals("ivan_nohash_0.wav")) throw new IOException("disk on fire");
            return new WavReader.Result(new PcmClip(new float[1], rate), List.of());
        };
        CheckReport r = checker(fake).check(root);
        assertEquals(List.of(new Issue("yes/leo_nohash_0.wav", "data truncated")), r.warnings());
        assertEquals(List.of(new Issue("no/ivan_nohash_0.wav", "disk on fire")), r.rejected());
        // no: ivan_nohash_0 rejected; the fake accepts ivan_nohash_1 and _2 (train).
        assertEquals(Map.of("yes", new SplitCounts(0, 2, 1), "no", new SplitCounts(2, 0, 0)), r.labels());
        assertEquals(6, r.accepted()); // the fake accepts the two corrupt files
    }

    @Test
    void aWordWhoseClipsAreAllRejectedStillAppearsWithZeros() throws IOException {
        Files.createDirectories(root.resolve("bad"));
        Files.write(root.resolve("bad/x_nohash_0.wav"), new byte[] {1});
        TestWavs.ramp(root.resolve("ok/y_nohash_0.wav"), 10);
        CheckReport r = checker(ClipReader.wav(new WavReader())).check(root);
        assertEquals(new SplitCounts(0, 0, 0), r.labels().get("bad"));
        assertEquals(1, r.labels().get("ok").total());
        assertEquals(1, r.accepted());
    }
}
