package dev.dartboard.nas;

import dev.dartboard.model.Budget;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.CostTables;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Expected costs: at one-hot α/γ they equal the exact cost model of that genotype (flash, latency
 * exactly; SRAM within the smooth max's slack), and their gradients match central finite differences.
 */
class ExpectedCostsTest {
    static final List<DataConfig> CONFIGS = List.of(
            new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 1000),
            new DataConfig(8000, FeatureType.LOG_MEL, 25, 10, 20, 0, 1000));
    static final List<Primitive> OPS = List.of(Primitive.values());
    static final int C = 8, L = 2, CLASSES = 3;
    static final Budget BUDGET = new Budget(6_000, 20_000, 30);
    static final ExpectedCosts.Lambdas LAMBDAS = new ExpectedCosts.Lambdas(1, 2, 3);

    static SupernetSpec spec() {
        return SupernetSpec.of(new SearchSpace(CONFIGS, C, L, List.of(C), Set.of(), OPS), CLASSES, false);
    }

    static CostModel model() throws IOException { return new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()); }

    static CostTables tables() throws IOException {
        List<Genotype.Stem> stems = spec().stems().stream().map(s -> s.deployed(C)).toList();
        return CostTables.of(model(), new GenotypeLowering(), CONFIGS, stems, new int[]{1, 1}, OPS, CLASSES);
    }

    @Test
    void oneHotExpectationEqualsTheExactCostOfThatGenotype() throws IOException {
        CostTables t = tables();
        int[][] picks = {{0, 2, 3}, {1, 3, 0}, {1, 6, 4}};   // {config, op of L0, op of L1}
        for (int[] pick : picks) {
            Map<String, INDArray> values = oneHot(pick);
            Genotype g = new Genotype("g", CONFIGS.get(pick[0]), spec().stems().get(pick[0]).deployed(C),
                    List.of(new Genotype.Layer(OPS.get(pick[1]), C, 1), new Genotype.Layer(OPS.get(pick[2]), C, 1)));
            Costs exact = model().of(g, CLASSES);
            assertEquals(exact.flashBytes(), eval(t, ExpectedCosts.FLASH, values), 1e-6 * exact.flashBytes());
            assertEquals(exact.latencyMs(), eval(t, ExpectedCosts.LATENCY, values), 1e-6 * exact.latencyMs());
            // smooth max: at most τ·S·ln(L + 2) above the largest live set; the arena adds alignment only
            assertEquals(exact.sramBytes(), eval(t, ExpectedCosts.SRAM, values), 0.01 * BUDGET.sramBytes() * Math.log(L + 2) + 64);
        }
    }

    @Test
    void gradientsOfEveryExpectedCostMatchFiniteDifferences() throws IOException {
        CostTables t = tables();
        Map<String, INDArray> values = random(7);
        for (String cost : List.of(ExpectedCosts.FLASH, ExpectedCosts.LATENCY, ExpectedCosts.SRAM, ExpectedCosts.PENALTY)) {
            SameDiff sd = graph(t, cost, values);
            Map<String, INDArray> grads = sd.calculateGradients(Map.of(), List.copyOf(values.keySet()));
            for (String v : values.keySet())
                for (int j = 0; j < values.get(v).length(); j++) {
                    double fd = finiteDifference(t, cost, values, v, j);
                    assertEquals(fd, grads.get(v).getDouble(j), 1e-6 * Math.max(1, Math.abs(fd)), cost + " d/d" + v + "[" + j + "]");
                }
        }
    }

    @Test
    void penaltyIsZeroInsideTheBudgetAndTheSquaredRelativeExcessOutside() throws IOException {
        CostTables t = tables();
        Map<String, INDArray> values = random(3);
        double flash = eval(t, ExpectedCosts.FLASH, values), sram = eval(t, ExpectedCosts.SRAM, values),
                ms = eval(t, ExpectedCosts.LATENCY, values);
        double expected = 1 * sq(Math.max(0, sram / BUDGET.sramBytes() - 1)) + 2 * sq(Math.max(0, flash / BUDGET.flashBytes() - 1))
                + 3 * sq(Math.max(0, ms / BUDGET.latencyMs() - 1));
        assertEquals(expected, eval(t, ExpectedCosts.PENALTY, values), 1e-9 * Math.max(1, expected));
        Budget roomy = new Budget(1 << 30, 1 << 30, 1e6);
        SameDiff sd = bare(values);
        ExpectedCosts.attach(sd, t, roomy, LAMBDAS, 0.01);
        assertEquals(0.0, sd.output(Map.of(), ExpectedCosts.PENALTY).get(ExpectedCosts.PENALTY).getDouble(0), 0.0);
    }

    /**
     * With offsets δ the penalty's value is that of the costs E + δ and its gradient is the chain rule
     * through E alone: dP/dv = Σ_r 2λ_r·relu((E_r+δ_r)/B_r − 1)/B_r · dE_r/dv (hand-derived).
     */
    @Test
    void straightThroughOffsetsShiftThePenaltysValueAndScaleItsGradient() throws IOException {
        CostTables t = tables();
        Map<String, INDArray> values = random(5);
        double flash = eval(t, ExpectedCosts.FLASH, values), sram = eval(t, ExpectedCosts.SRAM, values),
                ms = eval(t, ExpectedCosts.LATENCY, values);
        double dF = 2 * BUDGET.flashBytes() - flash, dS = 1.5 * BUDGET.sramBytes() - sram, dL = 0.5 * BUDGET.latencyMs() - ms;
        SameDiff sd = graph(t, ExpectedCosts.PENALTY, values);
        ExpectedCosts.setStraightThrough(sd, dF, dS, dL);
        assertEquals(1 * sq(0.5) + 2 * sq(1.0) + 0, sd.output(Map.of(), ExpectedCosts.PENALTY).get(ExpectedCosts.PENALTY).getDouble(0), 1e-9);
        Map<String, INDArray> grads = sd.calculateGradients(Map.of(), List.copyOf(values.keySet()));
        Map<String, INDArray> gS = gradients(t, ExpectedCosts.SRAM, values), gF = gradients(t, ExpectedCosts.FLASH, values);
        for (String v : values.keySet())
            for (int j = 0; j < values.get(v).length(); j++) {
                double expected = 2 * 1 * 0.5 / BUDGET.sramBytes() * gS.get(v).getDouble(j) + 2 * 2 * 1.0 / BUDGET.flashBytes() * gF.get(v).getDouble(j);
                assertEquals(expected, grads.get(v).getDouble(j), 1e-9 * Math.max(1e-3, Math.abs(expected)), "d/d" + v + "[" + j + "]");
            }
        ExpectedCosts.setStraightThrough(sd, 0, 0, 0);
        assertEquals(eval(t, ExpectedCosts.PENALTY, values), sd.output(Map.of(), ExpectedCosts.PENALTY).get(ExpectedCosts.PENALTY).getDouble(0), 1e-12);
    }

    private static Map<String, INDArray> gradients(CostTables t, String cost, Map<String, INDArray> values) {
        return graph(t, cost, values).calculateGradients(Map.of(), List.copyOf(values.keySet()));
    }

    private static double sq(double x) { return x * x; }

    private static double finiteDifference(CostTables t, String cost, Map<String, INDArray> values, String v, int j) {
        double h = 1e-5, x = values.get(v).getDouble(j);
        values.get(v).putScalar(j, x + h);
        double up = eval(t, cost, values);
        values.get(v).putScalar(j, x - h);
        double down = eval(t, cost, values);
        values.get(v).putScalar(j, x);
        return (up - down) / (2 * h);
    }

    static double eval(CostTables t, String cost, Map<String, INDArray> values) {
        return graph(t, cost, values).output(Map.of(), cost).get(cost).getDouble(0);
    }

    private static SameDiff graph(CostTables t, String cost, Map<String, INDArray> values) {
        SameDiff sd = bare(values);
        ExpectedCosts.attach(sd, t, BUDGET, LAMBDAS, 0.01);
        sd.setLossVariables(cost);
        return sd;
    }

    private static SameDiff bare(Map<String, INDArray> values) {
        SameDiff sd = SameDiff.create();
        values.forEach((n, a) -> sd.var(n, a.dup()));
        return sd;
    }

    private static Map<String, INDArray> oneHot(int[] pick) {
        Map<String, INDArray> m = new java.util.LinkedHashMap<>();
        m.put(Supernet.GAMMA, hot(CONFIGS.size(), pick[0]));
        for (int l = 0; l < L; l++) m.put(Supernet.alpha(l), hot(OPS.size(), pick[1 + l]));
        return m;
    }

    private static INDArray hot(int n, int i) {
        INDArray a = Nd4j.zeros(DataType.DOUBLE, 1, n);
        a.putScalar(i, 60.0);
        return a;
    }

    private static Map<String, INDArray> random(long seed) {
        Random r = new Random(seed);
        Map<String, INDArray> m = new java.util.LinkedHashMap<>();
        m.put(Supernet.GAMMA, Nd4j.create(new double[][]{{r.nextGaussian(), r.nextGaussian()}}));
        for (int l = 0; l < L; l++) {
            double[] a = new double[OPS.size()];
            for (int p = 0; p < a.length; p++) a[p] = r.nextGaussian();
            m.put(Supernet.alpha(l), Nd4j.create(new double[][]{a}));
        }
        return m;
    }
}
