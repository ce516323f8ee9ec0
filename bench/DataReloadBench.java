/*
 * Data-step benchmark: scan + label set + examples + features of a whole data set, first with an
 * empty cache (every clip read, resampled if needed and featurized) and then again (the cache hit:
 * stat every file, read the index, map the float file). Run each mode in a fresh JVM to see what a
 * second `dartboard` run pays.
 *
 *   bench/run-data-reload.sh DIR [CACHE_DIR]      (DIR: a data set, e.g. one made by `dataset synth`)
 *
 * Prints one JSON line per run: clips, rows, milliseconds, and whether the cache was hit.
 */

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
import dev.dartboard.model.LabelSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class DataReloadBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path cache = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dartboard-bench-cache");
        boolean hadEntries;
        try (var s = Files.list(cache)) { hadEntries = s.findAny().isPresent(); }
        DataPreparer p = new DataPreparer(new DatasetScanner(new SpeakerSplit()),
                new LabelSetResolver(new ObjectMapper(), LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()),
                new FeatureCache(cache, new ObjectMapper(), Runtime.getRuntime().availableProcessors()));
        long t0 = System.nanoTime();
        PreparedData d = p.prepare(root, DataConfig.defaults(), List.of(), 1);
        double ms = (System.nanoTime() - t0) / 1e6;
        float[] row = new float[d.table().rowLength()];
        double sum = 0;
        long t1 = System.nanoTime();
        for (int r = 0; r < d.table().rows(); r++) { d.table().copyRow(r, row, 0); sum += row[0]; }
        double readMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf("{\"clips\": %d, \"rows\": %d, \"cacheHit\": %s, \"prepareMs\": %.0f, \"readAllRowsMs\": %.0f, \"cache\": \"%s\", \"checksum\": %.3f}%n",
                d.dataset().clips().size(), d.table().rows(), hadEntries, ms, readMs, cache, sum);
    }
}
