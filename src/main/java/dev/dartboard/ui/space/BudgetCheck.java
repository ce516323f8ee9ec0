package dev.dartboard.ui.space;

import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.decode.Feasibility;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The live feedback of the Space &amp; budgets page: the search's own feasibility verdict ({@link SearchFeasibility}:
 * the least SRAM, flash and latency of the search space, the numbers the Search page shows) and the DS-CNN-S
 * reference (on the project's front end, for the verdict's classes), each against the budget. Immutable; all text
 * is ready for the View.
 *
 * @param feasibility a verdict with numbers ({@link SearchFeasibility.Verdict#minimum()} not null)
 */
public record BudgetCheck(SearchFeasibility.Verdict feasibility, Genotype reference, Costs referenceCosts) {
    public BudgetCheck {
        if (feasibility.minimum() == null) throw new IllegalArgumentException("a feasibility verdict without numbers");
    }

    public Budget budget() { return feasibility.budget(); }

    /** Whether the space's least cost in {@code r} meets the budget (if not, no network of the space can). */
    public boolean fits(Resource r) { return feasibility.fits(r); }

    public boolean referenceFits(Resource r) { return r.fits(referenceCosts, budget()); }

    /** True when no network of the space meets the whole budget: a search could only fail (Start is disabled). */
    public boolean impossible() { return !feasibility.minimum().feasible(); }

    /** One budget row's verdict, e.g. "smallest 9.2 KB ✔ · DS-CNN-S 27.4 KB ✔". */
    public String verdict(Resource r) {
        return "smallest " + r.format(r.of(feasibility.minimum())) + (fits(r) ? " ✔" : " ✘ over")
                + " · DS-CNN-S " + r.format(r.of(referenceCosts)) + (referenceFits(r) ? " ✔" : " ✘ over");
    }

    /** e.g. "SRAM 9.2 KB · flash 10.1 KB · latency 47.90 ms": the space's least costs, as the Search page's banner states them. */
    public String smallestLine() {
        Feasibility.Minimum m = feasibility.minimum();
        return Resource.SRAM.label() + " " + Resource.SRAM.format(Resource.SRAM.of(m)) + " · " + Resource.FLASH.label() + " "
                + Resource.FLASH.format(Resource.FLASH.of(m)) + " · " + Resource.LATENCY.label() + " " + Resource.LATENCY.format(m.latencyMs());
    }

    /** e.g. "SRAM 12.3 KB · flash 45.6 KB · 3.21 ms · 2,345 parameters · 120,000 MACs". */
    public static String costLine(Costs c) {
        return String.format(Locale.ROOT, "SRAM %s · flash %s · %s · %,d parameters · %,d MACs",
                Resource.SRAM.format(Resource.SRAM.of(c)), Resource.FLASH.format(Resource.FLASH.of(c)),
                Resource.LATENCY.format(c.latencyMs()), c.parameters(), c.macs());
    }

    /** e.g. "mfcc-8k-w25-h20-m20-c10-l750 · stem 16 ch 3×3/2 · skip, skip, max-pool-3x3, skip". */
    public static String describe(Genotype g) {
        Genotype.Stem s = g.stem();
        String layers = g.layers().stream().map(l -> l.op().cliName() + (l.width() != s.channels() ? "×" + l.width() : ""))
                .collect(Collectors.joining(", "));
        return g.dataConfig().id() + " · stem " + s.channels() + " ch " + s.kernelH() + "×" + s.kernelW() + "/"
                + s.strideH() + " · " + (layers.isEmpty() ? "no layers" : layers);
    }

    /** DS-CNN-S (its stem and four dw-sep blocks) on the front end {@code cfg}. */
    static Genotype referenceOn(dev.dartboard.model.DataConfig cfg) {
        Genotype d = Genotype.dscnnS();
        return new Genotype(d.name(), cfg, d.stem(), d.layers());
    }
}
