package dev.dartboard.ui.space;

import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.Costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The live feedback of the Space &amp; budgets page: the smallest network of the space and the
 * DS-CNN-S reference (on the project's front end), each with exact costs, against the budget.
 * Immutable; all text is ready for the View.
 */
public record BudgetCheck(Budget budget, Genotype smallest, Costs smallestCosts, Genotype reference, Costs referenceCosts) {

    /** Whether the smallest network meets the budget in {@code r} (if not, no network of the space can). */
    public boolean fits(Resource r) { return r.fits(smallestCosts, budget); }

    public boolean referenceFits(Resource r) { return r.fits(referenceCosts, budget); }

    /** True when even the smallest network exceeds some budget: a search could only fail. */
    public boolean impossible() { return !smallestCosts.fits(budget); }

    /** "" when possible, else e.g. "Impossible: the smallest network needs 70.2 KB SRAM (budget 64.0 KB)". */
    public String impossibleText() {
        List<String> over = new ArrayList<>();
        for (Resource r : Resource.values())
            if (!fits(r)) over.add(r.format(r.of(smallestCosts)) + " " + r.label() + " (budget " + r.format(r.of(budget)) + ")");
        return over.isEmpty() ? "" : "Impossible: the smallest network needs " + String.join(", ", over)
                + ". Raise the budget or shrink the space.";
    }

    /** One budget row's verdict, e.g. "smallest 6.8 KB ✔ · DS-CNN-S 27.4 KB ✔". */
    public String verdict(Resource r) {
        return "smallest " + r.format(r.of(smallestCosts)) + (fits(r) ? " ✔" : " ✘ over")
                + " · DS-CNN-S " + r.format(r.of(referenceCosts)) + (referenceFits(r) ? " ✔" : " ✘ over");
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
