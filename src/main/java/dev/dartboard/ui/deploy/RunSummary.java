package dev.dartboard.ui.deploy;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import dev.dartboard.model.Split;
import dev.dartboard.ui.space.BudgetCheck;

import java.nio.file.Path;
import java.util.Map;

/**
 * A training run folder as the Deploy page shows it. Immutable (the model's arrays are not copied: never mutate them).
 *
 * @param folder   the run folder
 * @param genotype its genotype.json
 * @param labels   its labels.json (class order = {@code labels.labels()})
 * @param metrics  its metrics.json, empty when the run has none yet
 * @param model    its model.float.json (BN-folded float weights)
 */
public record RunSummary(Path folder, Genotype genotype, LabelSet labels, Map<String, Object> metrics, FloatModel model) {
    public RunSummary {
        metrics = Map.copyOf(metrics);
    }

    /** The seed metrics.json records (it drew the unknown/silence examples); 1 when absent. */
    public long seed() {
        return metrics.get("seed") instanceof Number n ? n.longValue() : 1;
    }

    /** The split the run's metrics were computed on; test when absent. */
    public Split metricsSplit() {
        for (Split s : Split.values()) if (s.jsonName().equals(metrics.get("split"))) return s;
        return Split.TEST;
    }

    /** e.g. "dscnn-s · mfcc-16k-w40-h20-m40-c10-l1000 · stem 64 ch 10×4/2 · dw-sep-3x3, …". */
    public String genotypeText() {
        return genotype.name() + " · " + BudgetCheck.describe(genotype);
    }

    /** e.g. "12 labels: _silence_, _unknown_, yes, no". */
    public String labelsText() {
        return labels.size() + " labels: " + String.join(", ", labels.labels());
    }
}
