package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavBytes;
import dev.dartboard.audio.WavReader;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 3 with real WAV files: {@code dataset check} and {@code dataset stats} agree on what is a clip;
 * zero-bit, zero-channel, zero-frame, NaN/Inf and shorter-than-a-window files are rejected with a reason by both
 * and by the data step of training ({@link DataReport}); folders and broken links named *.wav are reported.
 */
class DataQualityTest {
    @TempDir Path root;

    private void write(String rel, byte[] bytes) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.write(root.resolve(rel), bytes);
    }

    private static byte[] pcm(int frames) {
        short[] s = new short[frames];
        for (int i = 0; i < frames; i++) s[i] = (short) (3000 * Math.sin(i * 0.05));
        return new WavBytes().fmt(1, 1, 16000, 16).data(WavBytes.pcm16(s)).build();
    }

    private static byte[] float32(float bad) {
        float[] s = new float[16000];
        s[8000] = bad;
        return new WavBytes().fmt(3, 1, 16000, 32).data(WavBytes.float32(s)).build();
    }

    /** Two good clips per word, and one file of each fault kind. */
    private void faultyTree() throws IOException {
        for (String w : List.of("yes", "no"))
            for (String sp : List.of("anna", "bert")) write(w + "/" + sp + "_nohash_0.wav", pcm(16000));
        write("yes/zerobit_nohash_0.wav", new WavBytes().fmt(1, 1, 16000, 0).data(new byte[200]).build());
        write("yes/zerochan_nohash_0.wav", new WavBytes().fmt(1, 0, 16000, 16).data(new byte[200]).build());
        write("no/empty_nohash_0.wav", new WavBytes().fmt(1, 1, 16000, 16).data(new byte[0]).build());
        write("no/one_nohash_0.wav", pcm(1));
        write("yes/nan_nohash_0.wav", float32(Float.NaN));
        write("no/inf_nohash_0.wav", float32(Float.POSITIVE_INFINITY));
        Files.createDirectories(root.resolve("yes/folder_nohash_0.wav"));
        Files.createSymbolicLink(root.resolve("no/broken_nohash_0.wav"), root.resolve("no/gone.wav"));
    }

    private static final Set<String> FAULTY = Set.of("yes/zerobit_nohash_0.wav", "yes/zerochan_nohash_0.wav",
            "no/empty_nohash_0.wav", "no/one_nohash_0.wav", "yes/nan_nohash_0.wav", "no/inf_nohash_0.wav");

    private static Map<String, String> byFile(List<Issue> issues) {
        return issues.stream().collect(Collectors.toMap(Issue::file, Issue::reason, (a, b) -> a, TreeMap::new));
    }

    @Test
    void checkAndStatsRejectTheSameFilesForTheSameReasonsAndCountTheSameClips() throws IOException {
        faultyTree();
        DatasetScanner scanner = new DatasetScanner(new SpeakerSplit());
        CheckReport check = new DatasetChecker(scanner, ClipReader.wav(new WavReader()), 16000, 2).check(root);
        StatsReport stats = new DatasetStats(scanner).stats(root);
        Map<String, String> c = byFile(check.rejected()), s = byFile(stats.rejected());
        assertEquals(FAULTY, c.keySet(), c.toString());
        assertEquals(c, s, "one reason per file, the same in both reports");
        assertEquals(check.labels(), stats.labels());
        assertEquals(4, check.accepted());
        assertEquals(4, stats.clips());
        assertTrue(c.get("yes/zerobit_nohash_0.wav").contains("bits per sample: 0"), c.toString());
        assertTrue(c.get("yes/zerochan_nohash_0.wav").contains("zero channels"), c.toString());
        assertTrue(c.get("no/empty_nohash_0.wav").contains("zero frames"), c.toString());
        assertTrue(c.get("no/one_nohash_0.wav").contains("shorter than one analysis window (40 ms)"), c.toString());
        assertTrue(c.get("yes/nan_nohash_0.wav").startsWith("1 of 16000 samples are NaN or infinite"), c.toString());
        assertTrue(c.get("no/inf_nohash_0.wav").startsWith("1 of 16000 samples are NaN or infinite"), c.toString());
        Map<String, String> w = byFile(check.warnings());
        assertTrue(w.get("yes/folder_nohash_0.wav").startsWith("a folder named like a WAV file"), w.toString());
        assertTrue(w.get("no/broken_nohash_0.wav").startsWith("broken link: its target " + root.resolve("no/gone.wav")), w.toString());
    }

    @Test
    void theDataStepRejectsTheSameFilesAndReportsWhatItSkipped() throws IOException {
        faultyTree();
        DataPreparer preparer = new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(root.resolveSibling(root.getFileName() + "-cache"), new ObjectMapper(), 2));
        DataReport[] seen = new DataReport[1];
        preparer.reporting(p -> seen[0] = DataReport.of(p)).prepare(root, DataConfig.defaults(), List.of("yes", "no"), 1);
        DataReport r = seen[0];
        assertEquals(FAULTY, byFile(r.rejected()).keySet(), r.toString());
        assertTrue(byFile(r.rejected()).get("no/one_nohash_0.wav").contains("shorter than one analysis window"), r.toString());
        assertEquals(Set.of("yes/folder_nohash_0.wav", "no/broken_nohash_0.wav"), byFile(r.skipped()).keySet());
        // 2 usable clips per word: every split is thin, and says so by word
        assertTrue(r.warnings().stream().anyMatch(x -> x.startsWith("the train split has") && x.contains("of 'yes'")), r.warnings().toString());
        Path file = root.resolveSibling("report.json");
        r.write(file, new ObjectMapper());
        var json = new ObjectMapper().readTree(file.toFile());
        assertEquals(6, json.get("rejected").size());
        assertEquals("no/empty_nohash_0.wav", json.get("rejected").get(0).get("file").asText());
        assertTrue(r.summary(file).startsWith("data: 6 files rejected, 2 skipped, "), r.summary(file));
    }

    @Test
    void oneTargetWordWarns() throws IOException {
        for (String sp : List.of("anna", "bert", "carl")) write("yes/" + sp + "_nohash_0.wav", pcm(16000));
        DataPreparer preparer = new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(root.resolveSibling(root.getFileName() + "-cache"), new ObjectMapper(), 1));
        DataReport[] seen = new DataReport[1];
        preparer.reporting(p -> seen[0] = DataReport.of(p)).prepare(root, DataConfig.defaults(), List.of(), 1);
        assertTrue(seen[0].warnings().get(0).startsWith("only 1 target word [yes]"), seen[0].warnings().toString());
        assertTrue(seen[0].rejected().isEmpty());
    }
}
