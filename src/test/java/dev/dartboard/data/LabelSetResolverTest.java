package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelSetResolverTest {
    @TempDir Path root;
    private final LabelSetResolver resolver = new LabelSetResolver(new ObjectMapper(), 0.1, 0.2);

    private Dataset dataset(String... words) {
        List<ClipRef> clips = new ArrayList<>();
        for (String w : words) clips.add(new ClipRef(w + "/a.wav", w, "a", Split.TRAIN));
        return new Dataset(root, clips, List.of(), List.of());
    }

    @Test
    void explicitWordsWin() throws IOException {
        Files.writeString(root.resolve("dartboard.json"), "{\"targets\": [\"cat\"]}");
        LabelSet s = resolver.resolve(dataset("cat", "dog", "bird"), List.of("dog", "bird"));
        assertEquals(List.of("_silence_", "_unknown_", "dog", "bird"), s.labels());
        assertEquals(0.1, s.silenceShare());
        assertEquals(1.0 / 3, s.unknownShare(), 1e-12, "a two-name detector: unknown as large as one more class");
        assertEquals(3, s.indexOfWord("bird"));
        assertEquals(1, s.indexOfWord("cat"));
    }

    @Test
    void theUnknownShareGrowsOnlyForDetectorsOfAFewNames() throws IOException {
        assertEquals(0.5, resolver.resolve(dataset("cat", "dog"), List.of("cat")).unknownShare(), 1e-12);
        assertEquals(0.25, resolver.resolve(dataset("a", "b", "c", "d"), List.of("a", "b", "c")).unknownShare(), 1e-12);
        assertEquals(0.2, resolver.resolve(dataset("a", "b", "c", "d"), List.of()).unknownShare(), 1e-12, "four words keep the base share");
        assertEquals(0.6, new LabelSetResolver(new ObjectMapper(), 0.1, 0.6).resolve(dataset("a", "b"), List.of("a")).unknownShare(),
                1e-12, "a larger base share is kept");
    }

    @Test
    void manifestTargetsAndShares() throws IOException {
        Files.writeString(root.resolve("dartboard.json"),
                "{\"targets\": [\"marvin\", \"sheila\"], \"unknownShare\": 0.25, \"other\": 1}");
        LabelSet s = resolver.resolve(dataset("marvin", "sheila", "yes"), List.of());
        assertEquals(List.of("marvin", "sheila"), s.targets());
        assertEquals(0.1, s.silenceShare());
        assertEquals(0.25, s.unknownShare());
    }

    @Test
    void badManifestIsAnErrorNamingIt() throws IOException {
        Files.writeString(root.resolve("dartboard.json"), "{\"targets\": []}");
        IOException e = assertThrows(IOException.class, () -> resolver.resolve(dataset("a"), List.of()));
        assertTrue(e.getMessage().contains("dartboard.json"), e.getMessage());
    }

    @Test
    void gscTenWhenAllPresentElseEveryFolder() throws IOException {
        List<String> words = new ArrayList<>(List.of("yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"));
        words.add("marvin");
        assertEquals(List.of("yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"),
                resolver.resolve(dataset(words.toArray(String[]::new)), List.of()).targets());
        assertEquals(List.of("go", "no", "yes"), resolver.resolve(dataset("yes", "no", "go"), List.of()).targets());
    }

    @Test
    void targetsWithoutClipsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolver.resolve(dataset("yes"), List.of("yes", "marvin")));
        assertTrue(e.getMessage().contains("[marvin]"), e.getMessage());
    }
}
