package dev.dartboard.nas.search;

import dev.dartboard.model.Budget;
import dev.dartboard.nas.Architect;
import dev.dartboard.nas.ExpectedCosts;
import dev.dartboard.nas.FreeOpPenalty;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostTables;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live supernet of a search: the graph (CE + budget penalty), its architect, and which data
 * configs still run. Before γ freezes every stem runs; {@link #freeze} rebuilds the graph with the
 * chosen config's stem only (renamed {@code stem0}), copying every kept variable and updater state,
 * so later steps cost one stem and one config's features. Not thread-safe.
 */
final class SupernetSession {
    private final SupernetSpec full;
    private final CostTables fullTables;
    private final Budget budget;
    private final SearchConfig config;
    private final int totalWeightSteps;
    private final HardCosts hard;
    private SameDiff sd;
    private Architect architect;
    private int frozen = -1;

    /** @param hard exact costs of the argmax network for the straight-through penalty; null: expected costs only */
    SupernetSession(SupernetSpec full, CostTables fullTables, Budget budget, SearchConfig config, int totalWeightSteps, HardCosts hard) {
        this.full = full;
        this.hard = hard;
        this.fullTables = fullTables;
        this.budget = budget;
        this.config = config;
        this.totalWeightSteps = totalWeightSteps;
        build(-1);
    }

    SameDiff graph() { return sd; }

    Architect architect() { return architect; }

    /**
     * Points the penalty at the exact costs of the current argmax network (straight-through, see
     * {@link ExpectedCosts}); a no-op without {@link HardCosts}. Call before each architecture step.
     * @return the argmax network's exact costs, or null without {@link HardCosts}
     */
    dev.dartboard.nas.cost.Costs aimPenalty(double[] gamma) {
        if (hard == null) return null;
        dev.dartboard.nas.cost.Costs h = hard.of(SearchStep.alphas(sd), gamma);
        Map<String, INDArray> soft = sd.output(Map.of(), ExpectedCosts.FLASH, ExpectedCosts.SRAM, ExpectedCosts.LATENCY);
        ExpectedCosts.setStraightThrough(sd, h.flashBytes() - soft.get(ExpectedCosts.FLASH).getDouble(0),
                h.sramBytes() - soft.get(ExpectedCosts.SRAM).getDouble(0), h.latencyMs() - soft.get(ExpectedCosts.LATENCY).getDouble(0));
        return h;
    }

    int frozen() { return frozen; }

    /** Config fed as {@code x<j>}: all before the freeze, the frozen one after. */
    int[] active() {
        if (frozen >= 0) return new int[]{frozen};
        return java.util.stream.IntStream.range(0, full.stems().size()).toArray();
    }

    /** Weight learning rate of weight step {@code t}. */
    double lr(int t) { return schedule().valueAt(t, 0); }

    /** Rebuilds for config i alone, keeping weights, α and updater states; γ becomes a constant 1. */
    void freeze(int i) {
        SupernetArrays saved = arrays();
        int[] iterations = architect.iterations();
        build(i);
        restore(saved.onlyStem(i), iterations);
    }

    /** Every variable's array and the updater states (copies). */
    SupernetArrays arrays() {
        Map<String, INDArray> m = new LinkedHashMap<>();
        for (SDVariable v : sd.variables())
            if (v.getVariableType() == VariableType.VARIABLE) m.put(v.name(), v.getArr().dup());
        return new SupernetArrays(m, architect.updaterStates());
    }

    /** Rebuilds for {@code frozenConfig} (−1: all) and loads arrays and updater states saved from such a session. */
    void load(int frozenConfig, SupernetArrays saved, int[] iterations) {
        build(frozenConfig);
        restore(saved, iterations);
    }

    /**
     * Assigns every variable of the graph its saved array, then the updater states. Saved arrays the graph
     * does not have (a dropped stem, γ once frozen) are ignored.
     *
     * @throws IllegalStateException naming each variable that has no saved array or one of another shape,
     *                               and each missing or mis-sized updater state (the graph is left as built)
     */
    private void restore(SupernetArrays saved, int[] iterations) {
        Map<String, INDArray> arrays = saved.variables();
        List<String> problems = new ArrayList<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() != VariableType.VARIABLE) continue;
            INDArray a = arrays.get(v.name());
            if (a == null) problems.add("no array for " + v.name());
            else if (!Arrays.equals(a.shape(), v.getArr().shape()))
                problems.add(v.name() + " is " + Arrays.toString(a.shape()) + ", the supernet's " + Arrays.toString(v.getArr().shape()));
        }
        if (!problems.isEmpty()) throw new IllegalStateException(summary(problems));
        try {
            architect.restore(saved.updaters(), iterations);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(summary(List.of(e.getMessage())), e);
        }
        for (SDVariable v : sd.variables())
            if (v.getVariableType() == VariableType.VARIABLE) v.getArr().assign(arrays.get(v.name()));
    }

    /** The first problems (a supernet has hundreds of variables) and how many there are. */
    private static String summary(List<String> problems) {
        int shown = Math.min(5, problems.size());
        return String.join("; ", problems.subList(0, shown)) + (problems.size() > shown ? " (and " + (problems.size() - shown) + " more)" : "");
    }

    private void build(int frozenConfig) {
        frozen = frozenConfig;
        SupernetSpec spec = frozen < 0 ? full : full.onlyStem(frozen);
        CostTables tables = frozen < 0 ? fullTables : fullTables.only(frozen);
        sd = Supernet.build(spec, config.seed(), DataType.FLOAT,
                g -> {
                    SDVariable costs = ExpectedCosts.attach(g, tables, budget, config.lambdas(), config.tau());
                    return config.freeOpPenalty() == 0 ? costs
                            : costs.add(FreeOpPenalty.attach(g, spec.primitives(), spec.layers(), config.freeOpPenalty()));
                });
        architect = new Architect(sd, config.weightUpdater(schedule()), new Adam(config.archLr(), 0.5, 0.999, 1e-8));
    }

    private CosineSchedule schedule() { return new CosineSchedule(config.lrMax(), config.lrMin(), totalWeightSteps); }
}
