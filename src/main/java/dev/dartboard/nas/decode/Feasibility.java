package dev.dartboard.nas.decode;

import dev.dartboard.model.Budget;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.StemSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;

import java.util.Collections;
import java.util.List;

/**
 * Whether any network of a space can meet a budget, checked before a search starts. Per data config,
 * the smallest network in every resource at once is all layers SKIP at the narrowest width (every op
 * adds flash and time, and at least its output's bytes); the space is feasible iff one config's
 * smallest network fits. Stateless.
 */
public final class Feasibility {
    private Feasibility() {}

    /**
     * The least SRAM, flash and latency any network of the space reaches (each minimised on its own, so not
     * necessarily by one network) and whether one network meets the whole budget.
     */
    public record Minimum(long sramBytes, long flashBytes, double latencyMs, boolean feasible) { }

    /** What {@link #check} decides, without throwing: the studio shows it before Start. */
    public static Minimum minimum(CostModel model, SearchSpace space, List<StemSpec> stems, int classes, Budget budget) {
        long sram = Long.MAX_VALUE, flash = Long.MAX_VALUE;
        double ms = Double.MAX_VALUE;
        for (int i = 0; i < space.dataConfigs().size(); i++) {
            Costs c = costs(model, space, stems, classes, smallest(space, i));
            sram = Math.min(sram, c.sramBytes());
            flash = Math.min(flash, c.flashBytes());
            ms = Math.min(ms, c.latencyMs());
        }
        return new Minimum(sram, flash, ms, smallestFitting(model, space, stems, classes, budget) != null);
    }

    /** @throws InfeasibleBudgetException naming the smallest SRAM, flash and latency any config reaches */
    public static void check(CostModel model, SearchSpace space, List<StemSpec> stems, int classes, Budget budget) {
        Minimum m = minimum(model, space, stems, classes, budget);
        if (m.feasible()) return;
        throw new InfeasibleBudgetException(String.format("no network in the search space fits the budget "
                + "(SRAM %d B, flash %d B, latency %.1f ms); the smallest achievable are SRAM %d B, flash %d B, latency %.1f ms "
                + "(not necessarily by one network)", budget.sramBytes(), budget.flashBytes(), budget.latencyMs(), m.sramBytes(),
                m.flashBytes(), m.latencyMs()));
    }

    /** The smallest network of the first config that fits, or null. */
    static Choice smallestFitting(CostModel model, SearchSpace space, List<StemSpec> stems, int classes, Budget budget) {
        for (int i = 0; i < space.dataConfigs().size(); i++)
            if (costs(model, space, stems, classes, smallest(space, i)).fits(budget)) return smallest(space, i);
        return null;
    }

    private static Choice smallest(SearchSpace space, int config) {
        return new Choice(config, Collections.min(space.widths()), Collections.nCopies(space.layers(), Primitive.SKIP));
    }

    private static Costs costs(CostModel model, SearchSpace space, List<StemSpec> stems, int classes, Choice c) {
        return model.of(c.genotype("smallest", space, stems), classes);
    }
}
