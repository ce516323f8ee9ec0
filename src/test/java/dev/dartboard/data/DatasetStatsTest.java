package dev.dartboard.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatasetStatsTest {
    @TempDir Path root;

    @Test
    void summarisesFromHeaders() throws IOException {
        TestWavs.write(root.resolve("yes/hank_nohash_0.wav"), 16000, new short[8000]);   // 500 ms, validation
        TestWavs.write(root.resolve("yes/leo_nohash_0.wav"), 16000, new short[16000]);   // 1000 ms, test
        TestWavs.write(root.resolve("no/ivan_nohash_0.wav"), 8000, new short[6000]);     // 750 ms, train
        TestWavs.write(root.resolve("_background_noise_/a.wav"), 16000, new short[24000]); // 1.5 s
        TestWavs.write(root.resolve("_background_noise_/b.wav"), 8000, new short[16000]);  // 2 s
        Files.write(root.resolve("no/ivan_nohash_1.wav"), new byte[7]);
        StatsReport s = new DatasetStats(new DatasetScanner(new SpeakerSplit())).stats(root);
        assertEquals(Map.of("yes", new SplitCounts(0, 1, 1), "no", new SplitCounts(1, 0, 0)), s.labels());
        assertEquals(3, s.clips());
        assertEquals(new StatsReport.Durations(500, 750, 1000), s.durationMs());
        assertEquals(List.of("8000", "16000"), List.copyOf(s.sampleRates().keySet()));
        assertEquals(Map.of("8000", 2, "16000", 3), s.sampleRates());
        assertEquals(Map.of("PCM 16-bit mono", 5), s.formats());
        assertEquals(List.of(new StatsReport.NoiseEntry("_background_noise_/a.wav", 1.5),
                new StatsReport.NoiseEntry("_background_noise_/b.wav", 2.0)), s.backgroundNoise().files());
        assertEquals(3.5, s.backgroundNoise().totalSeconds(), 1e-12);
        assertEquals(List.of(new Issue("no/ivan_nohash_1.wav", "not a RIFF/WAVE file")), s.rejected());
    }
}
