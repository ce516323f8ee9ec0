import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.FeatureFunction;
import dev.dartboard.data.FeatureShape;
import dev.dartboard.data.FeatureTable;
import dev.dartboard.data.Source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the process's memory grows with the number of clips in a feature cache: builds an entry of ROWS rows of one
 * front end's shape (98 × 20 floats, 7.8 KB a row: log-mel 16 kHz, 10 ms hop) from synthetic sources, loads it again
 * (the reload path with its checksum pass), then reads every row once as an epoch does, and prints VmRSS, RssAnon and
 * RssFile of this JVM after each step. Run it at two sizes: with the table's rows read through a memory mapping the
 * file-backed part grows with the rows; read with positional reads it stays flat.
 *
 *   java -cp "target/classes:$(cat target/classpath.txt)" bench/FeatureTableRssBench.java ROWS CACHE_DIR
 */
public class FeatureTableRssBench {
    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        FeatureShape shape = new FeatureShape("bench-98x20", 98, 20);
        List<Source> sources = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) sources.add(Source.slice("", i, 0.5f));
        FeatureFunction fn = new FeatureFunction() {
            @Override public int length() { return shape.length(); }

            @Override public void compute(float[] samples, float[] out) {
                for (int j = 0; j < out.length; j++) out[j] = samples[j % samples.length] + j;
            }
        };
        FeatureCache cache = new FeatureCache(dir, new ObjectMapper(), 2);
        Path root = Files.createTempDirectory("rss-bench");
        cache.load(root, shape, sources, s -> new float[] {s.offset()}, () -> fn);
        System.gc();
        report(rows, "built");
        FeatureTable t = cache.load(root, shape, sources, s -> { throw new IllegalStateException("reload must not compute"); }, () -> fn);
        report(rows, "reloaded (checksum pass)");
        float[] row = new float[t.rowLength()];
        double sum = 0;
        for (int r = 0; r < t.rows(); r++) {
            t.copyRow(r, row, 0);
            sum += row[0];
        }
        report(rows, "read every row (checksum of row starts " + (long) sum + ")");
    }

    private static void report(int rows, String step) throws Exception {
        long rss = 0, anon = 0, file = 0;
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) rss = kb(l);
            if (l.startsWith("RssAnon:")) anon = kb(l);
            if (l.startsWith("RssFile:")) file = kb(l);
        }
        System.out.printf("%d rows (%.0f MB of features), %s: VmRSS %d MB, RssAnon %d MB, RssFile %d MB%n", rows,
                rows * 98.0 * 20 * 4 / (1 << 20), step, rss >> 10, anon >> 10, file >> 10);
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
