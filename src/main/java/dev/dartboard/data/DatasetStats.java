package dev.dartboard.data;

import dev.dartboard.audio.WavException;
import dev.dartboard.audio.WavReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises a data set from the WAV headers alone ({@link WavHeader}): fast even for GSC's 105k
 * files. Files whose header {@code dataset check} would refuse (the reader's format rules, zero frames, shorter
 * than one window; float files are read in full for NaN/Inf samples) are listed as rejected and not counted. Stateless; thread-safe.
 */
public final class DatasetStats {
    private final DatasetScanner scanner;
    private final double windowMs;

    /** Holds clips to the default front end's window, as {@code dataset check} does. */
    public DatasetStats(DatasetScanner scanner) {
        this(scanner, ClipLength.DEFAULT_WINDOW_MS);
    }

    /** @param windowMs files shorter than this analysis window are rejected ({@link ClipLength}) */
    public DatasetStats(DatasetScanner scanner, double windowMs) {
        this.scanner = scanner;
        this.windowMs = windowMs;
    }

    public StatsReport stats(Path root) throws IOException {
        Dataset ds = scanner.scan(root);
        Tally t = new Tally(windowMs);
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
        final double windowMs;
        int clips;
        double min = Double.POSITIVE_INFINITY;
        double max;
        double sum;

        Tally(double windowMs) { this.windowMs = windowMs; }

        WavHeader header(Dataset ds, String rel) {
            try {
                WavHeader h = WavHeader.read(ds.resolve(rel));
                if (h.format() == 3) new WavReader().read(ds.resolve(rel), h.sampleRate());   // float: NaN/Inf need the samples
                String tooShort = ClipLength.tooShort(h.frames(), h.sampleRate(), windowMs);
                if (tooShort != null) {
                    rejected.add(new Issue(rel, tooShort));
                    return null;
                }
                rates.merge(Integer.toString(h.sampleRate()), 1, Integer::sum);
                formats.merge(h.describe(), 1, Integer::sum);
                return h;
            } catch (WavException e) {
                rejected.add(new Issue(rel, e.reason()));
                return null;
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
