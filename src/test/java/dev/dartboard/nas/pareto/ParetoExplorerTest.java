package dev.dartboard.nas.pareto;

import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.decode.Decoded;
import dev.dartboard.nas.decode.Decoder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer on a hand-built supernet with a budget the argmax misses: exact costs, an honest front, arrays restored. */
class ParetoExplorerTest {
    final HandBuiltSupernet net = new HandBuiltSupernet();
    final CostModel model;
    final Decoder decoder;

    ParetoExplorerTest() throws IOException {
        model = new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering());
        decoder = new Decoder(model, HandBuiltSupernet.SPACE, net.spec.stems(), HandBuiltSupernet.CLASSES);
    }

    private Budget tightBudget(double[][] alphas, double[] gamma) {
        Costs argmax = decoder.costs(decoder.argmax(alphas, gamma));
        return new Budget(argmax.sramBytes() + 10_000, argmax.flashBytes() - 1, 1000);
    }

    @Test
    void frontIsTheNonDominatedFittingPointsWithExactCostsAndTheDecodedModelFirst() {
        double[][] alphas = net.alphas();
        double[] gamma = net.softmax(Supernet.GAMMA);
        Budget budget = tightBudget(alphas, gamma);
        Decoded decoded = decoder.decode("run", alphas, gamma, budget);
        ParetoFront f = new ParetoExplorer(decoder, HandBuiltSupernet.SPACE, 32, 5).explore(net, alphas, gamma, decoded, budget, "nano33ble");
        assertEquals(0, f.chosen());
        ParetoPoint first = f.points().get(0);
        assertEquals(ParetoPoint.DECODED, first.source());
        assertEquals(decoded.genotype(), first.genotype());
        assertTrue(first.fits());
        assertEquals(ParetoPoint.ARGMAX, f.points().get(1).source());
        assertFalse(f.points().get(1).fits(), "the budget is one byte of flash below the argmax");
        Set<List<Object>> shapes = new HashSet<>();
        for (ParetoPoint p : f.points()) {
            Genotype g = p.genotype();
            assertTrue(shapes.add(List.of(g.dataConfig(), g.stem(), g.layers())), "duplicate genotype " + g);
            Costs exact = model.of(g, HandBuiltSupernet.CLASSES);
            assertEquals(exact.sramBytes(), p.costs().sramBytes());
            assertEquals(exact.flashBytes(), p.costs().flashBytes());
            assertEquals(exact.latencyMs(), p.costs().latencyMs(), 0.0);
            assertEquals(exact.fits(budget), p.fits());
            assertTrue(p.accuracy() >= 0 && p.accuracy() <= 1, p.accuracy() + "");
            if (p.source().equals(ParetoPoint.REPAIRED)) assertTrue(p.fits(), "a repaired sample fits");
        }
        assertTrue(f.points().stream().anyMatch(p -> p.source().equals(ParetoPoint.SAMPLE) && !p.fits()), "some draws miss the budget");
        assertTrue(f.points().stream().anyMatch(p -> p.source().equals(ParetoPoint.REPAIRED)), "and get repaired variants");
        assertFalse(f.front().isEmpty());
        for (ParetoPoint q : f.points()) {
            boolean dominated = f.frontPoints().stream().anyMatch(p -> p.dominates(q));
            if (f.front().contains(q.id())) {
                assertTrue(q.fits());
                assertFalse(f.points().stream().filter(ParetoPoint::fits).anyMatch(p -> p.dominates(q)), "front point " + q.id() + " is dominated");
            } else if (q.fits()) assertTrue(dominated || f.frontPoints().stream().anyMatch(p -> samePlace(p, q)), "fitting point " + q.id() + " left off");
        }
    }

    private static boolean samePlace(ParetoPoint p, ParetoPoint q) {
        return p.accuracy() == q.accuracy() && p.costs().sramBytes() == q.costs().sramBytes()
                && p.costs().flashBytes() == q.costs().flashBytes() && p.costs().latencyMs() == q.costs().latencyMs();
    }

    @Test
    void exploringLeavesAlphaAndGammaBitForBitAndZeroSamplesKeepsDecodedAndArgmax() {
        double[][] alphas = net.alphas();
        double[] gamma = net.softmax(Supernet.GAMMA);
        double[] a1 = OneHotEvaluatorTest.doubles(net.sd.getArrForVarName(Supernet.alpha(1))),
                g = OneHotEvaluatorTest.doubles(net.sd.getArrForVarName(Supernet.GAMMA));
        Budget budget = tightBudget(alphas, gamma);
        Decoded decoded = decoder.decode("run", alphas, gamma, budget);
        ParetoFront f = new ParetoExplorer(decoder, HandBuiltSupernet.SPACE, 0, 5).explore(net, alphas, gamma, decoded, budget, "nano33ble");
        List<String> sources = f.points().stream().map(ParetoPoint::source).toList();
        assertEquals(List.of(ParetoPoint.DECODED, ParetoPoint.ARGMAX), sources.subList(0, 2));
        // then the reference shape (all dw-sep 3x3) on the two configs γ weighs most, made to fit
        Integer[] byGamma = {0, 1, 2, 3, 4, 5, 6, 7};
        java.util.List<Integer> order = new java.util.ArrayList<>(java.util.Arrays.asList(byGamma).subList(0, gamma.length));
        order.sort((x, y) -> Double.compare(gamma[y], gamma[x]));
        java.util.Set<Object> top = java.util.Set.of(HandBuiltSupernet.SPACE.dataConfigs().get(order.get(0)),
                HandBuiltSupernet.SPACE.dataConfigs().get(order.get(Math.min(1, order.size() - 1))));
        assertTrue(f.points().size() <= 4, sources.toString());
        for (ParetoPoint p : f.points().subList(2, f.points().size())) {
            assertEquals(ParetoPoint.REFERENCE, p.source());
            assertTrue(p.fits() && p.costs().fits(budget), p.toString());
            assertTrue(top.contains(p.genotype().dataConfig()), p.genotype().dataConfig().id());
        }
        assertArrayEquals(a1, OneHotEvaluatorTest.doubles(net.sd.getArrForVarName(Supernet.alpha(1))), 0.0);
        assertArrayEquals(g, OneHotEvaluatorTest.doubles(net.sd.getArrForVarName(Supernet.GAMMA)), 0.0);
    }

    @Test
    void referencePointsUseTheTwoConfigsGammaWeighsMostAndTheClassicFrontEnd() {
        List<dev.dartboard.model.DataConfig> configs = new java.util.ArrayList<>(HandBuiltSupernet.CONFIGS);
        configs.add(dev.dartboard.model.DataConfig.defaults());
        configs.add(new dev.dartboard.model.DataConfig(16000, dev.dartboard.model.FeatureType.LOG_MEL, 25, 10, 20, 0, 1000));
        assertEquals(List.of(3, 1, 2), ParetoExplorer.referenceConfigs(configs, -1, new double[]{0.1, 0.3, 0.2, 0.4}));
        assertEquals(List.of(2, 3), ParetoExplorer.referenceConfigs(configs, -1, new double[]{0.1, 0.2, 0.4, 0.3}), "no twin");
        assertEquals(List.of(0, 2), ParetoExplorer.referenceConfigs(configs, 0, new double[]{0.1, 0.2, 0.4, 0.3}), "frozen");
        assertEquals(List.of(1, 0), ParetoExplorer.referenceConfigs(HandBuiltSupernet.CONFIGS, -1, new double[]{0.3, 0.7}),
                "a space without the classic front end");
    }
}
