package dev.dartboard.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises a data set from the WAV headers alone ({@link WavHeader}): fast even for GSC's 105k
 * files. Files whose header is unusable are listed as rejected. Stateless; thread-safe.
 */
public final class DatasetStats {
    private final DatasetScanner scanner;

    public DatasetStats(DatasetScanner scanner) {
        this.scanner = scanner;
    }

    public StatsReport stats(Path root) throws IOException {
        Dataset ds = scanner.scan(root);
        Tally t = new Tally();
        for (String w : ds.words()) t.labels.put(w, SplitCounts.ZERO);
        List<StatsReport.NoiseEntry> noise = new ArrayList<>();
        for (String rel : ds.noiseFiles()) {
            WavHeader h = t.header(ds, rel);
            if (h != null) noise.add(new StatsReport.NoiseEntry(rel, h.durationMs() / 1000.0));
        }
        for (ClipRef c : ds.clips()) {
            WavHeader h = t.header(ds, c.relPath());
            if (h != null) t.clip(c, h.durationMs());
        }
        t.rejected.sort(Comparator.comparing(Issue::file));
        double noiseSeconds = noise.stream().mapToDouble(StatsReport.NoiseEntry::seconds).sum();
        return new StatsReport(ds.root().toString(), t.labels, t.clips, t.durations(), t.rates, t.formats,
                new StatsReport.Noise(noise, noiseSeconds), t.rejected);
    }

    /** Running totals of one stats run (confined to its thread). */
    private static final class Tally {
        final Map<String, SplitCounts> labels = new TreeMap<>();
        final Map<String, Integer> rates = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        final Map<String, Integer> formats = new TreeMap<>();
        final List<Issue> rejected = new ArrayList<>();
        int clips;
        double min = Double.POSITIVE_INFINITY;
        double max;
        double sum;

        WavHeader header(Dataset ds, String rel) {
            try {
                WavHeader h = WavHeader.read(ds.resolve(rel));
                rates.merge(Integer.toString(h.sampleRate()), 1, Integer::sum);
                formats.merge(h.describe(), 1, Integer::sum);
                return h;
            } catch (IOException e) {
                String m = String.valueOf(e.getMessage());
                String prefix = ds.resolve(rel) + ": ";
                rejected.add(new Issue(rel, m.startsWith(prefix) ? m.substring(prefix.length()) : m));
                return null;
            }
        }

        void clip(ClipRef c, double ms) {
            labels.merge(c.word(), SplitCounts.ZERO.plus(c.split()), SplitCounts::plus);
            clips++;
            min = Math.min(min, ms);
            max = Math.max(max, ms);
            sum += ms;
        }

        StatsReport.Durations durations() {
            return clips == 0 ? new StatsReport.Durations(0, 0, 0) : new StatsReport.Durations(min, sum / clips, max);
        }
    }
}
