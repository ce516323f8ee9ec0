package dev.dartboard.data;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: measures the feature cache with N synthetic clips (default 10,000) of the GSC shape
 * 49 frames × 40 features. Run it twice with the same folder: the first run builds, every run then
 * times a reload (stat every file + read the index + map the floats) and a full read of all rows.
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     dev.dartboard.data.FeatureCacheBenchmark /tmp/dartboard-bench [N]</pre>
 */
public final class FeatureCacheBenchmark {
    private FeatureCacheBenchmark() { }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"), "dartboard-cache-bench");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        FeatureShape shape = new FeatureShape("log-mel-16k-w40-h20-m40-l1000", 49, 40);
        List<Source> sources = files(work.resolve("data"), n);
        FeatureCache cache = new FeatureCache(work.resolve("cache"), new ObjectMapper(), Runtime.getRuntime().availableProcessors());
        SampleSource samples = s -> new float[1];
        long t0 = System.nanoTime();
        FeatureTable first = cache.load(work.resolve("data"), shape, sources, samples, Constant::new);
        long t1 = System.nanoTime();
        FeatureTable again = new FeatureCache(work.resolve("cache"), new ObjectMapper(), 1)
                .load(work.resolve("data"), shape, sources, samples, Constant::new);
        long t2 = System.nanoTime();
        double sum = readAll(again);
        long t3 = System.nanoTime();
        System.out.printf("%d clips × %d floats (%.1f MB): first load %.0f ms, reload %.0f ms, read all rows %.0f ms "
                        + "(reload + read %.0f ms; checksum %.0f, first table rows %d)%n",
                n, shape.length(), n * shape.length() * 4 / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                (t3 - t1) / 1e6, sum, first.rows());
    }

    /** Tiny placeholder files (the cache only stats them here; the sample source is synthetic). */
    private static List<Source> files(Path dir, int n) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String rel = "w" + i % 12 + "/s" + i + "_nohash_0.wav";
            Path f = dir.resolve(rel);
            if (!Files.exists(f)) {
                Files.createDirectories(f.getParent());
                Files.write(f, new byte[] {(byte) i});
            }
            sources.add(Source.file(rel));
        }
        return sources;
    }

    private static double readAll(FeatureTable t) {
        float[] row = new float[t.rowLength()];
        double sum = 0;
        for (int r = 0; r < t.rows(); r++) {
            t.copyRow(r, row, 0);
            sum += row[0] + row[row.length - 1];
        }
        return sum;
    }

    /** A front end that writes 1s (the benchmark times the cache, not the features). */
    private static final class Constant implements FeatureFunction {
        @Override public int length() { return 49 * 40; }

        @Override public void compute(float[] samples, float[] out) { java.util.Arrays.fill(out, 1f); }
    }
}
