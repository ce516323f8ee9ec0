package dev.dartboard.nas;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.DataSpace;
import dev.dartboard.model.FeatureType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enumerates a {@link DataSpace} into concrete {@link DataConfig}s and thins them to at most N:
 * configs are grouped by (sample rate, feature type) and the N slots are shared round-robin between
 * the groups. Each group starts with its member closest to {@link DataConfig#defaults()} (the classic
 * 40 ms / 20 ms, 40-mel front end) and then adds, one at a time, the member that differs most from
 * those taken (most differing options among window, hop, mel bins, coefficients, clip; ties: the
 * larger input-size difference, then id order), so every option of the space stays represented.
 * Deterministic.
 */
public final class DataSpaces {
    private DataSpaces() {}

    /** Every valid combination, in option order; log-mel ignores the coefficient list. */
    public static List<DataConfig> enumerate(DataSpace s) {
        List<DataConfig> out = new ArrayList<>();
        for (int sr : s.sampleRates()) for (FeatureType t : s.types()) for (double w : s.windowMs())
            for (double h : s.hopMs()) for (int m : s.melBins()) for (double clip : s.clipMs())
                for (int c : t == FeatureType.MFCC ? s.coeffs() : List.of(0)) {
                    if (h > w || (t == FeatureType.MFCC && c > m)) continue;
                    DataConfig d = valid(sr, t, w, h, m, c, clip);
                    if (d != null && !out.contains(d)) out.add(d);
                }
        return out;
    }

    /** At most {@code n} (≥ 1) configs of the space, spread as the class comment says. */
    public static List<DataConfig> select(DataSpace s, int n) {
        if (n < 1) throw new IllegalArgumentException("at least one data config: " + n);
        Map<String, List<DataConfig>> groups = new LinkedHashMap<>();
        for (DataConfig d : enumerate(s)) groups.computeIfAbsent(d.sampleRate() + "/" + d.type(), k -> new ArrayList<>()).add(d);
        if (groups.isEmpty()) throw new IllegalArgumentException("the data space has no valid front end");
        List<List<DataConfig>> lists = new ArrayList<>(groups.values());
        int[] quota = new int[lists.size()];
        for (int given = 0, g = 0; given < n && given < total(lists); g = (g + 1) % lists.size())
            if (quota[g] < lists.get(g).size()) { quota[g]++; given++; }
        List<DataConfig> out = new ArrayList<>();
        for (int g = 0; g < lists.size(); g++) out.addAll(spread(lists.get(g), quota[g]));
        return out;
    }

    private static List<DataConfig> spread(List<DataConfig> group, int q) {
        if (q == 0) return List.of();
        List<DataConfig> pool = new ArrayList<>(group);
        pool.sort(Comparator.comparing(DataConfig::id));
        DataConfig reference = DataConfig.defaults();
        List<DataConfig> out = new ArrayList<>();
        out.add(pool.stream().min(Comparator.comparingInt((DataConfig d) -> differences(d, reference))).orElseThrow());
        while (out.size() < q) {
            DataConfig best = null;
            int bestDiff = -1, bestSize = -1;
            for (DataConfig d : pool) {
                if (out.contains(d)) continue;
                int diff = Integer.MAX_VALUE, size = Integer.MAX_VALUE;
                for (DataConfig o : out) {
                    diff = Math.min(diff, differences(d, o));
                    size = Math.min(size, Math.abs(d.frames() * d.features() - o.frames() * o.features()));
                }
                if (diff > bestDiff || (diff == bestDiff && size > bestSize)) { best = d; bestDiff = diff; bestSize = size; }
            }
            out.add(best);
        }
        return out;
    }

    /** How many of window, hop, mel bins, coefficients and clip length differ. */
    private static int differences(DataConfig a, DataConfig b) {
        return (a.windowMs() != b.windowMs() ? 1 : 0) + (a.hopMs() != b.hopMs() ? 1 : 0) + (a.melBins() != b.melBins() ? 1 : 0)
                + (a.coeffs() != b.coeffs() ? 1 : 0) + (a.clipMs() != b.clipMs() ? 1 : 0);
    }

    private static int total(List<List<DataConfig>> lists) {
        return lists.stream().mapToInt(List::size).sum();
    }

    private static DataConfig valid(int sr, FeatureType t, double w, double h, int m, int c, double clip) {
        try {
            return new DataConfig(sr, t, w, h, m, c, clip);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
