package dev.dartboard.data;

import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetImportTest {
    @TempDir Path tmp;
    private final DatasetScanner scanner = new DatasetScanner(new SpeakerSplit());

    @Test
    void recordingsJoinTheValidationSplitAndEveryOtherClipKeepsItsSplit() throws IOException {
        Path set = tmp.resolve("set"), rec = tmp.resolve("rec");
        // a set without lists: its splits come from the speaker hash
        for (int s = 0; s < 12; s++)
            for (String w : List.of("yes", "no")) TestWavs.ramp(set.resolve(w + "/spk" + s + "_nohash_0.wav"), 800 + s);
        TestWavs.ramp(rec.resolve("yes/take1.wav"), 500);
        TestWavs.ramp(rec.resolve("yes/take2.wav"), 600);
        TestWavs.ramp(rec.resolve("no/bob_nohash_3.wav"), 700);
        Map<String, Split> before = new HashMap<>();
        for (ClipRef c : scanner.scan(set).clips()) before.put(c.relPath(), c.split());
        assertTrue(before.containsValue(Split.TRAIN) && before.size() == 24);

        DatasetImport.Report r = new DatasetImport(scanner).add(rec, set, Split.VALIDATION, "me");
        assertEquals(3, r.total());
        assertEquals(Map.of("yes", 2, "no", 1), r.perWord());

        Dataset after = scanner.scan(set);
        assertEquals(27, after.clips().size());
        for (ClipRef c : after.clips()) {
            if (before.containsKey(c.relPath())) assertEquals(before.get(c.relPath()), c.split(), c.relPath() + " keeps its split");
            else {
                assertEquals(Split.VALIDATION, c.split(), c.relPath());
                assertTrue(c.speaker().startsWith("me-"), c.speaker());
            }
        }
        assertArrayEquals(Files.readAllBytes(rec.resolve("no/bob_nohash_3.wav")), Files.readAllBytes(set.resolve("no/me-bob_nohash_0.wav")));
        assertTrue(Files.isRegularFile(set.resolve("yes/me-take1_nohash_0.wav")));
        assertTrue(Files.isRegularFile(rec.resolve("yes/take1.wav")), "the source is left as it was");
    }

    @Test
    void aTakenNameCopiesNothingAndBadArgumentsAreRefused() throws IOException {
        Path set = tmp.resolve("set"), rec = tmp.resolve("rec");
        TestWavs.ramp(set.resolve("yes/a_nohash_0.wav"), 800);
        TestWavs.ramp(rec.resolve("yes/x.wav"), 500);
        TestWavs.ramp(rec.resolve("no/y.wav"), 500);
        TestWavs.ramp(set.resolve("yes/me-x_nohash_0.wav"), 900);   // taken by an earlier add
        IOException e = assertThrows(IOException.class, () -> new DatasetImport(scanner).add(rec, set, Split.TEST, "me"));
        assertTrue(e.getMessage().contains("me-x_nohash_0.wav") && e.getMessage().contains("--group"), e.getMessage());
        assertFalse(Files.exists(set.resolve("no")), "nothing copied");
        assertFalse(Files.exists(set.resolve("testing_list.txt")), "no list written");
        assertThrows(IllegalArgumentException.class, () -> new DatasetImport(scanner).add(rec, set, Split.TEST, "a b"));
        Files.createDirectories(tmp.resolve("empty"));
        IOException none = assertThrows(IOException.class, () -> new DatasetImport(scanner).add(tmp.resolve("empty"), set, Split.TEST, "z"));
        assertTrue(none.getMessage().contains("no clips"), none.getMessage());
    }
}
