package dev.dartboard.nas.pareto;

import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;

/**
 * One candidate of a search's Pareto explorer: a discrete sub-network of the supernet, its accuracy
 * with the supernet's inherited weights, and its exact costs on the board. Immutable.
 *
 * @param id       index in {@code pareto.json}'s {@code points} (stable; what {@code --pick} names)
 * @param source   how it was found: {@code decoded} (the search's decoded model, the default pick),
 *                 {@code argmax} (argmax of α and γ before repairs), {@code sample} (drawn from softmax(α, γ)) or
 *                 {@code repaired} (an over-budget sample after the decoder's greedy repairs)
 * @param accuracy top-1 validation accuracy (0..1) of the sub-network with inherited supernet weights, at the
 *                 supernet's width (for a narrower point: its ops and config at full width, an optimistic proxy);
 *                 NaN when its data config was dropped at the γ freeze ({@link ParetoExplorer})
 * @param costs    exact costs (cost model) of the genotype on the board
 * @param fits     whether the costs are within the search's budget
 * @param genotype the network and its data config
 */
public record ParetoPoint(int id, String source, double accuracy, Costs costs, boolean fits, Genotype genotype) {
    public static final String DECODED = "decoded", ARGMAX = "argmax", SAMPLE = "sample", REPAIRED = "repaired", REFERENCE = "reference";

    /**
     * Whether this point dominates {@code o}: accuracy ≥ and SRAM, flash, latency ≤, at least one strictly.
     */
    public boolean dominates(ParetoPoint o) {
        boolean noWorse = accuracy >= o.accuracy && costs.sramBytes() <= o.costs.sramBytes()
                && costs.flashBytes() <= o.costs.flashBytes() && costs.latencyMs() <= o.costs.latencyMs();
        boolean better = accuracy > o.accuracy || costs.sramBytes() < o.costs.sramBytes()
                || costs.flashBytes() < o.costs.flashBytes() || costs.latencyMs() < o.costs.latencyMs();
        return noWorse && better;
    }
}
