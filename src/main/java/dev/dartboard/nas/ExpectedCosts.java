package dev.dartboard.nas;

import dev.dartboard.model.Budget;
import dev.dartboard.nas.cost.CostTables;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Differentiable expected costs under softmax(γ) and softmax(α_l) (docs/architecture.md#budget-penalty), added to a graph
 * that holds {@code gamma} [1, n] and {@code L<l>/alpha} [1, k]:
 * E[flash] = g·fb + Σ_l g·F_l·a_lᵀ, E[latency] likewise, E[SRAM] = g·sb + τS·logsumexp(v / τS)
 * with v = (g·stemLive, g·Live_l·a_lᵀ for each l, g·headLive) the expected live bytes, S the SRAM
 * budget and τ the smooth-max temperature as a share of S (the smooth max exceeds the max by at most
 * τS·ln(L + 2)). Scalars named {@link #FLASH} (bytes), {@link #SRAM} (bytes), {@link #LATENCY} (ms) and
 * {@link #PENALTY} = Σ_r λ_r · relu((E[cost_r] + δ_r) / budget_r − 1)². All terms are products of small
 * matrices: no broadcast multiply on α or γ (docs/stack-notes.md#samediff).
 * <p>
 * δ_r are straight-through offsets, scalar constants set before each architecture step by
 * {@link #setStraightThrough}: with δ_r = hard_r − E[cost_r] (hard = exact cost of the current argmax
 * network) the penalty's value is that of the network the decoder would emit, while its gradient flows
 * through the expectation. A near-uniform softmax has E[cost] far below its argmax's cost, so without δ
 * the penalty would not act until the very end. δ = 0 (the default) gives the plain expected penalty.
 */
public final class ExpectedCosts {
    public static final String FLASH = "cost/flash", SRAM = "cost/sram", LATENCY = "cost/latency", PENALTY = "cost/penalty";
    static final String ST_FLASH = "cost/st/flash", ST_SRAM = "cost/st/sram", ST_LATENCY = "cost/st/latency";

    private ExpectedCosts() {}

    /** Adds the four scalars to {@code sd}; returns the penalty. */
    public static SDVariable attach(SameDiff sd, CostTables t, Budget budget, Lambdas lambdas, double tau) {
        SDVariable g = sd.nn().softmax("cost/g", sd.getVariable(Supernet.GAMMA), 1);
        List<SDVariable> a = new ArrayList<>();
        for (int l = 0; l < t.layers(); l++) a.add(sd.nn().softmax("cost/a" + l, sd.getVariable(Supernet.alpha(l)), 1));
        SDVariable flash = expected(sd, "flash", g, a, t.flashBase(), t.flash());
        SDVariable latency = expected(sd, "latency", g, a, t.latencyBase(), t.latency());
        SDVariable sram = sram(sd, g, a, t, budget.sramBytes() * tau);
        sd.identity(FLASH, flash);
        sd.identity(LATENCY, latency);
        sd.identity(SRAM, sram);
        SDVariable p = over(sd, "sram", sram.add(offset(sd, ST_SRAM, g)), budget.sramBytes(), lambdas.sram())
                .add(over(sd, "flash", flash.add(offset(sd, ST_FLASH, g)), budget.flashBytes(), lambdas.flash()))
                .add(over(sd, "latency", latency.add(offset(sd, ST_LATENCY, g)), budget.latencyMs(), lambdas.latency()));
        return sd.identity(PENALTY, p);
    }

    /**
     * Sets the straight-through offsets δ (bytes, bytes, ms) of a graph built with {@link #attach};
     * they hold until set again. Typical: hard cost of the argmax network minus the graph's current
     * {@link #FLASH}, {@link #SRAM}, {@link #LATENCY}.
     */
    public static void setStraightThrough(SameDiff sd, double flash, double sram, double latency) {
        sd.getArrForVarName(ST_FLASH).assign(flash);
        sd.getArrForVarName(ST_SRAM).assign(sram);
        sd.getArrForVarName(ST_LATENCY).assign(latency);
    }

    private static SDVariable offset(SameDiff sd, String name, SDVariable like) {
        return sd.constant(name, Nd4j.scalar(like.dataType(), 0.0));
    }

    /** g·base + Σ_l g·table_l·a_lᵀ as a scalar. */
    private static SDVariable expected(SameDiff sd, String name, SDVariable g, List<SDVariable> a, double[] base, double[][][] table) {
        SDVariable sum = g.mmul(column(sd, "cost/" + name + "/base", base, g));
        for (int l = 0; l < table.length; l++) sum = sum.add(bilinear(sd, "cost/" + name + "/L" + l, g, table[l], a.get(l)));
        return sd.sum(sum);
    }

    private static SDVariable sram(SameDiff sd, SDVariable g, List<SDVariable> a, CostTables t, double scale) {
        List<SDVariable> lives = new ArrayList<>();
        lives.add(g.mmul(column(sd, "cost/live/stem", t.stemLive(), g)));
        for (int l = 0; l < t.layers(); l++) lives.add(bilinear(sd, "cost/live/L" + l, g, t.live()[l], a.get(l)));
        lives.add(g.mmul(column(sd, "cost/live/head", t.headLive(), g)));
        SDVariable v = sd.concat("cost/live", 1, lives.toArray(new SDVariable[0])).div(scale);
        SDVariable peak = sd.math().logSumExp("cost/live/smoothmax", v, 1).mul(scale);
        return sd.sum(g.mmul(column(sd, "cost/sram/base", t.sramBase(), g))).add(sd.sum(peak));
    }

    /**
     * g [1, n] · M [n, k] · aᵀ [k, 1] → [1, 1], as Σ_p (g·M)_p a_p: an mmul with transposeB gave a zero
     * gradient for a in SameDiff 1.0.0-M2.1 (caught by the finite-difference test).
     */
    private static SDVariable bilinear(SameDiff sd, String name, SDVariable g, double[][] m, SDVariable a) {
        SDVariable ga = g.mmul(sd.constant(name, Nd4j.create(m).castTo(g.dataType())));
        return sd.sum(name + "/a", ga.mul(a), true, 1);
    }

    /** λ · relu(cost / budget − 1)². */
    private static SDVariable over(SameDiff sd, String name, SDVariable cost, double budget, double lambda) {
        SDVariable excess = sd.nn().relu("cost/" + name + "/excess", cost.div(budget).sub(1.0), 0);
        return sd.math().square(excess).mul(lambda);
    }

    private static SDVariable column(SameDiff sd, String name, double[] v, SDVariable like) {
        INDArray c = Nd4j.create(v, new long[]{v.length, 1}, like.dataType());
        return sd.constant(name, c);
    }

    /** Weights of the three budget terms (0 switches a term off). */
    public record Lambdas(double sram, double flash, double latency) {
        public Lambdas {
            if (sram < 0 || flash < 0 || latency < 0) throw new IllegalArgumentException("λ must be ≥ 0");
        }
    }
}
