package dev.dartboard.nas.pareto;

import dev.dartboard.model.Primitive;
import dev.dartboard.nas.decode.Choice;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Draws follow softmax(α) with ZERO left out and renormalised, softmax(γ) or the frozen config; seeded. */
class ChoiceSamplerTest {
    static final List<Primitive> OPS = List.of(Primitive.ZERO, Primitive.CONV_3X3, Primitive.SKIP);

    @Test
    void frequenciesMatchTheRenormalisedDistributions() {
        double[][] alphas = {{0.5, 0.3, 0.2}};
        double[] gamma = {0.25, 0.75};
        int n = 20_000, conv = 0, second = 0;
        List<Choice> draws = ChoiceSampler.draw(alphas, gamma, -1, OPS, 8, n, 42);
        for (Choice c : draws) {
            assertFalse(c.ops().contains(Primitive.ZERO));
            if (c.ops().get(0) == Primitive.CONV_3X3) conv++;
            if (c.config() == 1) second++;
            assertEquals(8, c.width());
        }
        assertEquals(0.6, conv / (double) n, 0.015, "0.3 / (0.3 + 0.2)");
        assertEquals(0.75, second / (double) n, 0.015);
        assertEquals(draws, ChoiceSampler.draw(alphas, gamma, -1, OPS, 8, n, 42), "same seed, same draws");
    }

    @Test
    void aFrozenGammaAlwaysGivesTheFrozenConfig() {
        for (Choice c : ChoiceSampler.draw(new double[][]{{0.1, 0.6, 0.3}}, new double[]{0.9, 0.1}, 1, OPS, 4, 200, 3))
            assertEquals(1, c.config());
    }

    @Test
    void pickWalksTheCumulativeWeights() {
        double[] w = {0, 2, 0, 6};
        assertEquals(1, ChoiceSampler.pick(w, 0.0));
        assertEquals(1, ChoiceSampler.pick(w, 0.2499));
        assertEquals(3, ChoiceSampler.pick(w, 0.25));
        assertEquals(3, ChoiceSampler.pick(w, 0.999999));
    }
}
