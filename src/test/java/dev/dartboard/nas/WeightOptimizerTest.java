package dev.dartboard.nas;

import dev.dartboard.nas.search.SearchConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.schedule.FixedSchedule;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightOptimizerTest {

    @Test
    void adamsFirstStepMovesEveryWeightWithAGradientByTheLearningRate() {
        // Adam's first step, by hand: m̂ = g, v̂ = g², Δ = −lr · g / (|g| + ε') ≈ −lr · sign(g); ND4J adds
        // ε = 1e-8 before the bias correction, so ε' = ε / √(1 − β₂) ≈ 3.2e-7.
        double lr = 0.005;
        SameDiff sd = Tiny.net(false, 3);
        Map<String, INDArray> feeds = Tiny.feeds(false, 4, 8);
        SearchConfig adam = SearchConfig.defaults(1).withWeightOptimizer(SearchConfig.ADAM, lr);
        Architect a = new Architect(sd, adam.weightUpdater(new FixedSchedule(lr)), Architect.defaultArchUpdater());
        Map<String, INDArray> grads = new java.util.HashMap<>();
        sd.calculateGradients(feeds, ParamGroups.weights(sd)).forEach((k, v) -> grads.put(k, v.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).dup('c')));
        Map<String, INDArray> before = new java.util.HashMap<>();
        for (String w : ParamGroups.weights(sd)) before.put(w, sd.getArrForVarName(w).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE));
        a.weightStep(feeds);
        int moved = 0, wrong = 0;
        StringBuilder report = new StringBuilder();
        for (String w : ParamGroups.weights(sd)) {
            double[] g = grads.get(w).data().asDouble(), b = before.get(w).dup('c').data().asDouble(),
                    n = sd.getArrForVarName(w).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).dup('c').data().asDouble();
            for (int i = 0; i < g.length; i++) {
                if (Math.abs(g[i]) < 1e-3) continue;
                double expected = -lr * g[i] / (Math.abs(g[i]) + 1e-8 / Math.sqrt(1 - 0.999));
                if (Math.abs(expected - (n[i] - b[i])) > 1e-3 * lr) { wrong++; report.append(w).append('[').append(i).append("] g ").append(g[i]).append(" moved ").append(n[i] - b[i]).append('\n'); }
                moved++;
            }
        }
        assertEquals(0, wrong, report.toString());
        assertTrue(moved > 100, "weights with a gradient: " + moved);
    }

    @Test
    void sgdIsTheDefaultAndOldRequestsWithoutTheFieldReadAsSgd() {
        assertEquals(SearchConfig.SGD, SearchConfig.defaults(1).weightOptimizer());
        SearchConfig d = SearchConfig.defaults(1);
        SearchConfig old = new SearchConfig(d.epochs(), d.warmupEpochs(), d.batch(), d.lrMax(), d.lrMin(), d.momentum(), d.archLr(),
                d.lambdas(), d.tau(), d.seed(), d.threads(), d.partialChannels(), d.superkernel(), null);
        assertEquals(SearchConfig.SGD, old.weightOptimizer());
        assertEquals(0.005 / 25, d.withWeightOptimizer(SearchConfig.ADAM, 0.005).lrMin(), 1e-12);
    }
}
