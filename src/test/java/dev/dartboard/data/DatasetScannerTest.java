package dev.dartboard.data;

import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetScannerTest {
    @TempDir Path root;
    private final DatasetScanner scanner = new DatasetScanner(new SpeakerSplit());

    private void gscTree() throws IOException {
        for (String f : List.of("yes/hank_nohash_0.wav", "yes/hank_nohash_1.wav", "yes/leo_nohash_0.wav",
                "no/ivan_nohash_0.wav", "no/hank_nohash_0.wav", "_background_noise_/white.wav",
                "_background_noise_/pink.wav", "_junk/x.wav", "yes/README.txt", ".git/x.wav"))
            TestWavs.touch(root.resolve(f));
        Files.writeString(root.resolve("LICENSE"), "cc-by");
    }

    private Map<String, Split> splits(Dataset ds) {
        return ds.clips().stream().collect(Collectors.toMap(ClipRef::relPath, ClipRef::split));
    }

    @Test
    void gscWithoutListsSplitsBySpeakerHash() throws IOException {
        gscTree();
        Dataset ds = scanner.scan(root);
        // hank → validation (6.0%), leo → test (19.9%), ivan → train (21.2%): see SpeakerSplitTest.
        assertEquals(Map.of("no/hank_nohash_0.wav", Split.VALIDATION, "no/ivan_nohash_0.wav", Split.TRAIN,
                "yes/hank_nohash_0.wav", Split.VALIDATION, "yes/hank_nohash_1.wav", Split.VALIDATION,
                "yes/leo_nohash_0.wav", Split.TEST), splits(ds));
        assertEquals(List.of("no", "yes"), ds.words());
        assertEquals(List.of("_background_noise_/pink.wav", "_background_noise_/white.wav"), ds.noiseFiles());
        assertEquals(List.of(new Issue("_junk", "folder ignored: names starting with '_' are reserved"),
                new Issue("yes/README.txt", "not a .wav file; ignored")), ds.warnings());
        assertEquals("hank", ds.clips().get(0).speaker());
    }

    @Test
    void listFilesDecideTheSplitWhenPresent() throws IOException {
        gscTree();
        Files.writeString(root.resolve("validation_list.txt"), "yes/leo_nohash_0.wav\n");
        Files.writeString(root.resolve("testing_list.txt"), "no/ivan_nohash_0.wav\r\n\n");
        Map<String, Split> s = splits(scanner.scan(root));
        assertEquals(Split.VALIDATION, s.get("yes/leo_nohash_0.wav"));
        assertEquals(Split.TEST, s.get("no/ivan_nohash_0.wav"));
        assertEquals(Split.TRAIN, s.get("yes/hank_nohash_0.wav"));
        assertEquals(3, s.values().stream().filter(x -> x == Split.TRAIN).count());
    }

    @Test
    void folderPerLabelTreesUseTheStemAsSpeaker() throws IOException {
        TestWavs.touch(root.resolve("marvin/session1/leo.wav"));
        TestWavs.touch(root.resolve("marvin/hank.WAV"));
        TestWavs.touch(root.resolve("sheila/ivan.wav"));
        Dataset ds = scanner.scan(root);
        assertEquals(List.of("marvin/hank.WAV", "marvin/session1/leo.wav", "sheila/ivan.wav"),
                ds.clips().stream().map(ClipRef::relPath).toList());
        assertEquals(List.of("hank", "leo", "ivan"), ds.clips().stream().map(ClipRef::speaker).toList());
        assertEquals(List.of(Split.VALIDATION, Split.TEST, Split.TRAIN), ds.clips().stream().map(ClipRef::split).toList());
        assertTrue(ds.noiseFiles().isEmpty());
    }

    @Test
    void missingOrFileRootIsAnErrorNamingIt() throws IOException {
        Path missing = root.resolve("nope");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> scanner.scan(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        Path file = Files.writeString(root.resolve("file.txt"), "x");
        NotDirectoryException d = assertThrows(NotDirectoryException.class, () -> scanner.scan(file));
        assertTrue(d.getMessage().contains(file.toString()), d.getMessage());
    }
}
