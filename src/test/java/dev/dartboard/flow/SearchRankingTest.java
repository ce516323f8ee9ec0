package dev.dartboard.flow;

import dev.dartboard.model.Budget;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchRankingTest {
    private static final Budget BUDGET = new Budget(30_000, 100_000, 300);

    private static ParetoPoint point(int id, String source, double acc, long sram, Primitive op) {
        Genotype g = new Genotype("p" + id, Genotype.dscnnS().dataConfig(), new Genotype.Stem(64, 3, 3, 2, 2),
                List.of(new Genotype.Layer(op, 64, 1), new Genotype.Layer(Primitive.DW_SEP_3X3, 64 - id, 1)));
        Costs c = new Costs(50_000, sram, 100, 1, 1, Map.of());
        return new ParetoPoint(id, source, acc, c, sram <= BUDGET.sramBytes(), g);
    }

    @Test
    void decodedThenFittingReferencesThenFrontByInheritedAccuracyAtMostN() {
        List<ParetoPoint> points = List.of(
                point(0, ParetoPoint.DECODED, 0.2, 20_000, Primitive.SKIP),
                point(1, ParetoPoint.SAMPLE, 0.5, 25_000, Primitive.CONV_3X3),
                point(2, ParetoPoint.REFERENCE, 0.1, 40_000, Primitive.DW_SEP_3X3),   // over the SRAM budget: left out
                point(3, ParetoPoint.REFERENCE, 0.1, 28_000, Primitive.DW_SEP_3X3),
                point(4, ParetoPoint.SAMPLE, 0.7, 26_000, Primitive.MAX_POOL_3X3),
                point(5, ParetoPoint.SAMPLE, 0.9, 45_000, Primitive.AVG_POOL_3X3));    // on no front: does not fit
        ParetoFront f = new ParetoFront("nano33ble", BUDGET, points, List.of(1, 4), 0);
        assertEquals(List.of(0, 3, 4, 1), SearchRanking.candidates(f, 5).stream().map(ParetoPoint::id).toList());
        assertEquals(List.of(0, 3), SearchRanking.candidates(f, 2).stream().map(ParetoPoint::id).toList());
    }
}
