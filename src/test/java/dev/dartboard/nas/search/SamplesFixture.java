package dev.dartboard.nas.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.data.PreparedData;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.CostTables;
import dev.dartboard.nas.cost.GenotypeLowering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bundled samples/ under two cheap front ends, featurized once per test JVM, and a tiny supernet over them. */
final class SamplesFixture {
    static final List<DataConfig> CONFIGS = List.of(
            new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 10, 0, 1000),
            new DataConfig(8000, FeatureType.MFCC, 40, 20, 20, 10, 1000));
    static final int CHANNELS = 4;
    private static AlignedBatches data;

    private SamplesFixture() {}

    static synchronized AlignedBatches data() {
        if (data != null) return data;
        try {
            Path cache = Files.createTempDirectory("dartboard-search-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(cache)));   // the mmapped cache outlives no JVM
            DataPreparer p = new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                    new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                    ClipReader.wav(new WavReader()), new FeatureCache(cache, new ObjectMapper(), 2));
            List<PreparedData> prepared = new ArrayList<>();
            for (DataConfig c : CONFIGS) prepared.add(p.prepare(Path.of("samples"), c, List.of(), 5));
            return data = new AlignedBatches(prepared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SupernetSpec spec() {
        int[][] inputs = CONFIGS.stream().map(c -> new int[]{c.frames(), c.features()}).toArray(int[][]::new);
        return SupernetSpec.forInputs(inputs, CHANNELS, 2, SupernetSpec.PEER_PRIMITIVES, data().classes(), false);
    }

    static CostTables tables() throws IOException {
        List<Genotype.Stem> stems = spec().stems().stream().map(s -> s.deployed(CHANNELS)).toList();
        return CostTables.of(new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()), new GenotypeLowering(),
                CONFIGS, stems, new int[]{1, 1}, SupernetSpec.PEER_PRIMITIVES, data().classes());
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit: a leftover temp folder is harmless
        }
    }
}
