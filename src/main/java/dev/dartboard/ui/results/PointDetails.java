package dev.dartboard.ui.results;

import dev.dartboard.nas.pareto.ParetoPoint;

import dev.dartboard.model.Budget;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a genotype, its costs and its trained metrics into the detail panel's content. Stateless. */
public final class PointDetails {
    private PointDetails() { }

    /** Point {@code id} of the snapshot's front (a valid id), titled with its source and inherited accuracy. */
    static PointDetail point(ResultsSnapshot s, int id) {
        ParetoPoint p = s.front().point(id);
        String title = String.format(Locale.ROOT, "Point %d · %s · %.1f%% (supernet weights)%s", id, p.source(), 100 * p.accuracy(),
                p.id() == s.front().chosen() ? " · in genotype.json" : "");
        return of(id, title, p.genotype(), p.costs(), s.front().budget(), s.labels(), s.trained().get(id), RunFolders.trainedRun(s.run(), id));
    }

    /** DS-CNN-S on the snapshot's board (id −1), with its accuracy once trained. */
    static PointDetail baseline(ResultsSnapshot s) {
        String title = "DS-CNN-S baseline · " + (s.baseline() == null ? "not trained"
                : String.format(Locale.ROOT, "%.1f%% (%s)", 100 * s.baseline().accuracy(), s.baseline().split()));
        return of(-1, title, Genotype.dscnnS(), s.baselineCosts(), s.front().budget(), s.labels(), s.baseline(), RunFolders.baselineRun(s.run()));
    }

    /** @param labels classes of the classifier (0: unknown) */
    static PointDetail of(int id, String title, Genotype g, Costs c, Budget b, int labels, TrainedMetrics trained, Path trainedRun) {
        List<String> lines = new ArrayList<>();
        List<Boolean> over = new ArrayList<>();
        for (CostAxis a : CostAxis.values()) {
            double v = a.of(c), limit = a.limit(b);
            lines.add(String.format(Locale.ROOT, "%s %.1f %s of %.1f %s (%.0f%%)", a.title(), v, a.unit(), limit, a.unit(), 100 * v / limit));
            over.add(v > limit);
        }
        lines.add(String.format(Locale.ROOT, "%,d parameters · %,d MACs", c.parameters(), c.macs()));
        over.add(false);
        return new PointDetail(id, title, boxes(g, labels), dataConfig(g.dataConfig()), lines, over, trained, trainedRun);
    }

    /** Input, stem, each layer, then pool and classifier; spatial sizes with SAME padding (⌈n / stride⌉). */
    public static List<LayerBox> boxes(Genotype g, int labels) {
        DataConfig dc = g.dataConfig();
        List<LayerBox> out = new ArrayList<>();
        int h = dc.frames(), w = dc.features();
        out.add(new LayerBox("input", h + " frames × " + w + " " + dc.type().cliName(), "input"));
        Genotype.Stem s = g.stem();
        h = ceil(h, s.strideH());
        w = ceil(w, s.strideW());
        out.add(new LayerBox("stem conv " + s.kernelH() + "×" + s.kernelW(), s.channels() + " ch · stride "
                + s.strideH() + "×" + s.strideW() + " · " + h + "×" + w, "stem"));
        for (Genotype.Layer l : g.layers()) {
            h = ceil(h, l.stride());
            w = ceil(w, l.stride());
            out.add(new LayerBox(l.op().cliName(), l.width() + " ch · stride " + l.stride() + " · " + h + "×" + w, "layer"));
        }
        out.add(new LayerBox("global average pool", "→ " + (g.layers().isEmpty() ? s.channels() : g.layers().get(g.layers().size() - 1).width()) + " values", "pool"));
        out.add(new LayerBox("fully connected", labels > 0 ? "→ " + labels + " labels" : "→ labels", "head"));
        return out;
    }

    /** e.g. "mfcc · 16 kHz · window 40 ms · hop 20 ms · 40 mels · 10 coefficients · clip 1000 ms → 49 × 10". */
    static String dataConfig(DataConfig c) {
        String coeffs = c.type() == dev.dartboard.model.FeatureType.MFCC ? " · " + c.coeffs() + " coefficients" : "";
        return String.format(Locale.ROOT, "%s · %d kHz · window %s ms · hop %s ms · %d mels%s · clip %s ms → %d × %d",
                c.type().cliName(), c.sampleRate() / 1000, num(c.windowMs()), num(c.hopMs()), c.melBins(), coeffs, num(c.clipMs()),
                c.frames(), c.features());
    }

    private static String num(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }

    private static int ceil(int n, int s) { return (n + s - 1) / s; }
}
