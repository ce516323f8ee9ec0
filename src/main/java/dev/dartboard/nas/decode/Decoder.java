package dev.dartboard.nas.decode;

import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.StemSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns softmax(α) and softmax(γ) into a model that fits (docs/architecture.md#decoding): argmax data config,
 * argmax non-ZERO op per layer, the widest width; then, while a budget is exceeded, the single change —
 * a layer's op, a narrower width, another data config — that lowers the total relative excess
 * Σ_r relu(cost_r / budget_r − 1) most (ties: the choice the search weighted higher), each recorded.
 * If no change helps, the smallest fitting network (all skip, narrowest) is taken and said so.
 * Then, with a {@code maxWidth} above the space's widest width, a network that fits at the search's
 * width is <em>widened</em>: the widest width on the ladder {@link #WIDEN_STEP}, 2·{@link #WIDEN_STEP}, …,
 * {@code maxWidth} above it whose exact costs still fit every budget (recorded as a repair). The supernet
 * is searched narrow to be fast; the deployed network fills the budget the user gave, as DARTS' final
 * networks are wider than its search cell. Never returns a model over budget. Stateless, thread-safe.
 */
public final class Decoder {
    private final CostModel model;
    private final SearchSpace space;
    private final List<StemSpec> stems;
    private final int classes;
    private final int maxWidth;

    /** Widths of widened networks are multiples of this (the DSP kernels work on channel pairs; 8 keeps rows aligned). */
    public static final int WIDEN_STEP = 8;
    /** The widest network {@link dev.dartboard.nas.search.SearchService} widens to (4× the presets' search width). */
    public static final int DEPLOY_MAX_WIDTH = 128;

    /** A decoder that never widens beyond the space's widest width. */
    public Decoder(CostModel model, SearchSpace space, List<StemSpec> stems, int classes) {
        this(model, space, stems, classes, 0);
    }

    /** @param maxWidth widen fitting networks up to this many channels (≤ the space's widest width: never widen) */
    public Decoder(CostModel model, SearchSpace space, List<StemSpec> stems, int classes, int maxWidth) {
        this.model = model;
        this.space = space;
        this.stems = List.copyOf(stems);
        this.classes = classes;
        this.maxWidth = maxWidth;
    }

    /** @throws InfeasibleBudgetException when nothing in the space fits */
    public Decoded decode(String name, double[][] alphas, double[] gamma, Budget budget) {
        return repair(name, argmax(alphas, gamma), alphas, gamma, budget);
    }

    /**
     * As {@link #decode} but starting from {@code start} instead of the argmax: {@code start} itself when
     * it fits, else the greedy repairs (ties by {@code alphas}/{@code gamma}).
     * @throws InfeasibleBudgetException when nothing in the space fits
     */
    public Decoded repair(String name, Choice start, double[][] alphas, double[] gamma, Budget budget) {
        Feasibility.check(model, space, stems, classes, budget);
        Choice c = start;
        List<String> repairs = new ArrayList<>();
        for (Costs k = costs(c); !k.fits(budget); k = costs(c)) {
            Choice next = bestMove(c, alphas, gamma, budget, excess(k, budget));
            if (next == null) {
                next = Feasibility.smallestFitting(model, space, stems, classes, budget);
                repairs.add("no single change helped: fell back to the smallest fitting network " + describe(next));
            } else repairs.add(change(c, next) + " (" + over(k, budget) + ")");
            c = next;
        }
        Choice wide = widen(c, budget);
        if (wide != c) repairs.add("width " + c.width() + " → " + wide.width() + " (widened to fill the budget)");
        return new Decoded(wide.genotype(name, space, stems), costs(wide), repairs);
    }

    /**
     * {@code c} (which fits) at the widest ladder width up to {@code maxWidth} that still fits, or {@code c} itself
     * when it is narrower than the space's widest width (a repair narrowed it) or nothing wider fits. Costs grow
     * with the width, so the ladder stops at the first width over budget.
     */
    public Choice widen(Choice c, Budget budget) {
        int widest = space.widths().stream().max(Integer::compare).orElseThrow();
        if (c.width() < widest) return c;
        Choice best = c;
        for (int w = (widest / WIDEN_STEP + 1) * WIDEN_STEP; w <= maxWidth; w += WIDEN_STEP) {
            Choice next = c.withWidth(w);
            if (!costs(next).fits(budget)) break;
            best = next;
        }
        return best;
    }

    /** Exact costs of the argmax network (no repairs): what the search's straight-through penalty sees. */
    public Costs argmaxCosts(double[][] alphas, double[] gamma) { return costs(argmax(alphas, gamma)); }

    /** The argmax choice: the most weighted non-ZERO op per layer, the most weighted config, the widest width. */
    public Choice argmax(double[][] alphas, double[] gamma) {
        List<Primitive> ops = new ArrayList<>();
        for (double[] a : alphas) {
            int best = -1;
            for (int p = 0; p < a.length; p++)
                if (space.primitives().get(p) != Primitive.ZERO && (best < 0 || a[p] > a[best])) best = p;
            ops.add(space.primitives().get(best));
        }
        int config = 0;
        for (int i = 1; i < gamma.length; i++) if (gamma[i] > gamma[config]) config = i;
        return new Choice(config, space.widths().stream().max(Integer::compare).orElseThrow(), ops);
    }

    private Choice bestMove(Choice c, double[][] alphas, double[] gamma, Budget b, double now) {
        Choice best = null;
        double bestExcess = now, bestProb = -1;
        for (Move m : Move.all(c, space, alphas, gamma)) {
            double e = excess(costs(m.to()), b);
            if (e < bestExcess - 1e-12 || (best != null && e == bestExcess && m.probability() > bestProb)) {
                best = m.to();
                bestExcess = e;
                bestProb = m.probability();
            }
        }
        return best;
    }

    /** Exact costs of {@code c} on the board. */
    public Costs costs(Choice c) { return model.of(c.genotype("candidate", space, stems), classes); }

    /** The genotype of {@code c}, named {@code name}. */
    public Genotype genotype(String name, Choice c) { return c.genotype(name, space, stems); }

    static double excess(Costs k, Budget b) {
        return Math.max(0, (double) k.sramBytes() / b.sramBytes() - 1) + Math.max(0, (double) k.flashBytes() / b.flashBytes() - 1)
                + Math.max(0, k.latencyMs() / b.latencyMs() - 1);
    }

    private static String over(Costs k, Budget b) {
        List<String> parts = new ArrayList<>();
        if (k.sramBytes() > b.sramBytes()) parts.add("SRAM " + k.sramBytes() + " B > " + b.sramBytes() + " B");
        if (k.flashBytes() > b.flashBytes()) parts.add("flash " + k.flashBytes() + " B > " + b.flashBytes() + " B");
        if (k.latencyMs() > b.latencyMs()) parts.add(String.format("latency %.1f ms > %.1f ms", k.latencyMs(), b.latencyMs()));
        return String.join(", ", parts);
    }

    private String change(Choice from, Choice to) {
        if (from.config() != to.config())
            return "data config " + space.dataConfigs().get(from.config()).id() + " → " + space.dataConfigs().get(to.config()).id();
        if (from.width() != to.width()) return "width " + from.width() + " → " + to.width();
        for (int l = 0; l < from.ops().size(); l++)
            if (from.ops().get(l) != to.ops().get(l))
                return "layer " + l + ": " + from.ops().get(l).cliName() + " → " + to.ops().get(l).cliName();
        return "no change";
    }

    private String describe(Choice c) {
        return space.dataConfigs().get(c.config()).id() + ", width " + c.width();
    }
}
