package dev.dartboard.nas.search;

import dev.dartboard.nas.ExpectedCosts;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.Supernet;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;

/**
 * One step of the search on a {@link SupernetSession}: a weight step on a train batch, then (after
 * warm-up) an architecture step on a validation batch with CE + budget penalty, the γ freeze rule,
 * and the step's {@link SearchEvent}. Stateless; not thread-safe in use (the session is not).
 */
final class SearchStep {
    static final List<String> COSTS = List.of(ExpectedCosts.FLASH, ExpectedCosts.SRAM, ExpectedCosts.LATENCY, ExpectedCosts.PENALTY);
    /** γ freezes once its largest softmax weight is at least this many times the second (the paper's rule). */
    static final double FREEZE_RATIO = 2.0;

    private SearchStep() {}

    /** Runs one step; returns the state after it and publishes the event through {@code sink}. */
    static SearchState run(SupernetSession s, SearchState st, int epoch, boolean warmup, Map<String, INDArray> train,
                           Map<String, INDArray> val, SearchListener sink) {
        double lr = s.lr(s.architect().iterations()[0]);
        double trainLoss = s.architect().weightStep(train);
        Costs hard = s.aimPenalty(gamma(s, st));
        Map<String, INDArray> out = warmup ? s.graph().output(Map.of(), COSTS)
                : s.architect().architectureStep(val, List.of(Supernet.LOGITS, ExpectedCosts.FLASH, ExpectedCosts.SRAM,
                        ExpectedCosts.LATENCY, ExpectedCosts.PENALTY));
        double[] gamma = gamma(s, st);
        SearchState next = new SearchState(st.nextEpoch(), st.step() + 1, st.frozenConfig(), st.frozenGamma(),
                s.architect().iterations(), st.seed());
        if (!warmup && st.frozenConfig() < 0 && gamma.length > 1 && freezes(gamma)) {
            s.freeze(argmax(gamma));
            next = new SearchState(st.nextEpoch(), st.step() + 1, argmax(gamma), gamma, s.architect().iterations(), st.seed());
        }
        sink.onStep(new SearchEvent(st.step(), epoch, warmup ? "warmup" : "search", lr, trainLoss,
                warmup ? null : out.get(Supernet.LOSS).getDouble(0), warmup ? null : accuracy(out.get(Supernet.LOGITS), val.get(Supernet.LABEL)),
                value(out, ExpectedCosts.PENALTY), alphas(s.graph()), gamma, value(out, ExpectedCosts.SRAM),
                value(out, ExpectedCosts.FLASH), value(out, ExpectedCosts.LATENCY), next.frozenConfig() >= 0, next.frozenConfig(),
                hard == null ? null : (double) hard.sramBytes(), hard == null ? null : (double) hard.flashBytes(),
                hard == null ? null : hard.latencyMs()));
        s.architect().iterationDone();
        return next;
    }

    /** softmax(γ) of the session now, or the frozen values once γ froze. */
    static double[] gamma(SupernetSession s, SearchState st) {
        return st.frozenConfig() >= 0 ? st.frozenGamma() : softmax(s.graph().getArrForVarName(Supernet.GAMMA));
    }

    /** The paper's rule: largest ≥ {@link #FREEZE_RATIO} × second largest. */
    static boolean freezes(double[] p) {
        double first = 0, second = 0;
        for (double v : p) {
            if (v > first) { second = first; first = v; } else if (v > second) second = v;
        }
        return first >= FREEZE_RATIO * second;
    }

    static double[][] alphas(SameDiff sd) {
        int layers = 0;
        while (sd.hasVariable(Supernet.alpha(layers))) layers++;
        double[][] a = new double[layers][];
        for (int l = 0; l < layers; l++) a[l] = softmax(sd.getArrForVarName(Supernet.alpha(l)));
        return a;
    }

    static double[] softmax(INDArray logits) {
        double[] v = logits.dup().castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).data().asDouble();
        double max = java.util.Arrays.stream(v).max().orElse(0), sum = 0;
        for (int i = 0; i < v.length; i++) sum += v[i] = Math.exp(v[i] - max);
        for (int i = 0; i < v.length; i++) v[i] /= sum;
        return v;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    /** Share of rows whose largest logit is at the one-hot label. */
    static double accuracy(INDArray logits, INDArray labels) {
        INDArray predicted = logits.argMax(1), truth = labels.argMax(1);
        return predicted.eq(truth).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).meanNumber().doubleValue();
    }

    private static double value(Map<String, INDArray> out, String name) { return out.get(name).getDouble(0); }
}
