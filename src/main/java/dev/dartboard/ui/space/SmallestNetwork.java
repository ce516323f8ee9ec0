package dev.dartboard.ui.space;

import dev.dartboard.model.Budget;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.ui.project.SpaceSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cheapest network a space allows, with its exact costs (ViewModel-side adapter over
 * {@link CostModel}). "Cheapest" is the smallest {@link #score}: the sum of SRAM, flash and
 * latency each as a fraction of its budget. It is built as:
 * <ol>
 * <li>width: the narrowest width option, for the stem and every layer;</li>
 * <li>stem: 3×3 convolution, stride 2 on both axes (the supernet's stems halve the input);</li>
 * <li>data config: of every corner of the bounds (each sample rate and feature type, shortest and
 *     longest window and hop; fewest mel bins, the MFCC count capped at them, shortest clip) the
 *     valid one with the lowest score;</li>
 * <li>layers: stride 1; per layer, in order, the primitive with the lowest score given the layers
 *     before it ({@link Primitive#ZERO} never: a decoded network has no zero op).</li>
 * </ol>
 * Stateless apart from its inputs; thread-safe (runs on a worker).
 */
public final class SmallestNetwork {
    private final CostModel costs;
    private final Budget budget;
    private final int labels;

    public SmallestNetwork(CostModel costs, Budget budget, int labels) {
        this.costs = costs;
        this.budget = budget;
        this.labels = labels;
    }

    /** @throws IllegalArgumentException when no corner of the bounds is a valid front end */
    public Genotype of(SpaceSettings space) {
        int width = space.widths().get(0);
        Genotype.Stem stem = new Genotype.Stem(width, 3, 3, 2, 2);
        List<Genotype.Layer> none = List.of();
        DataConfig cfg = corners(space).stream()
                .min(Comparator.comparingDouble(c -> score(new Genotype("smallest", c, stem, none))))
                .orElseThrow(() -> new IllegalArgumentException("no valid front end inside these bounds (e.g. more mel bins than FFT bins)"));
        List<Genotype.Layer> layers = new ArrayList<>();
        for (int i = 0; i < space.layers(); i++) layers.add(cheapestLayer(space, cfg, stem, layers, width));
        return new Genotype("smallest", cfg, stem, layers);
    }

    /** Exact costs of {@code g} with this adapter's label count. */
    public Costs costs(Genotype g) { return costs.of(g, labels); }

    /** SRAM, flash and latency as fractions of the budget, summed. */
    double score(Genotype g) {
        Costs c = costs(g);
        return (double) c.sramBytes() / budget.sramBytes() + (double) c.flashBytes() / budget.flashBytes()
                + c.latencyMs() / budget.latencyMs();
    }

    private Genotype.Layer cheapestLayer(SpaceSettings space, DataConfig cfg, Genotype.Stem stem,
                                         List<Genotype.Layer> before, int width) {
        Genotype.Layer best = null;
        double bestScore = Double.MAX_VALUE;
        for (Primitive p : space.primitives()) {
            if (p == Primitive.ZERO) continue;
            Genotype.Layer layer = new Genotype.Layer(p, width, 1);
            List<Genotype.Layer> trial = new ArrayList<>(before);
            trial.add(layer);
            double s = score(new Genotype("smallest", cfg, stem, trial));
            if (s < bestScore) { best = layer; bestScore = s; }
        }
        return best;
    }

    /** Valid front ends at the corners of the bounds; invalid combinations are skipped. */
    static List<DataConfig> corners(SpaceSettings s) {
        List<DataConfig> out = new ArrayList<>();
        for (int rate : s.sampleRates())
            for (FeatureType type : s.featureTypes())
                for (double win : new double[]{s.windowMinMs(), s.windowMaxMs()})
                    for (double hop : new double[]{s.hopMinMs(), s.hopMaxMs()})
                        try {
                            out.add(new DataConfig(rate, type, win, hop, s.melBinsMin(), Math.min(s.coeffs(), s.melBinsMin()), s.clipMinMs()));
                        } catch (IllegalArgumentException invalid) {
                            // this corner is not a computable front end; the others still count
                        }
        return out;
    }
}
